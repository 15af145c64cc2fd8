//! The eval loop. `run_frame` drives frames (calls push, returns pop, exceptions unwind);
//! `execute` fetches 16-bit code units, folds `EXTENDED_ARG`, skips the inline caches and
//! dispatches. Every arm is one call into `ops/`, where the instruction's semantics live.

use super::frame::ResumedBy;
use super::ops::{self, Flow};
use super::{Frame, PyResult, Vm, unwind};
use crate::object::exception::PyErr;
use crate::object::value::Value;
use crate::opcode::{CACHE_UNITS, Opcode};

/// How a run of the loop ended in its base frame.
pub enum Exit {
    Return(Value),
    /// The base frame (a generator's) yielded; it is handed back to be resumed later.
    Yield(Value, Box<Frame>),
}

impl Vm {
    /// Runs `frame` and every Python call it makes until it returns; the frame counts one
    /// level of recursion.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        self.enter()?;
        match self.drive(frame, None)? {
            Exit::Return(value) => Ok(value),
            Exit::Yield(..) => Err(PyErr::fault("YIELD_VALUE outside a generator")),
        }
    }

    /// The loop proper: runs `frame` (already entered) and the frames it calls until the
    /// base frame returns or yields. With `pending`, the frame first unwinds that error, as a
    /// generator does when `throw()` resumes it.
    pub fn drive(&mut self, frame: Box<Frame>, pending: Option<PyErr>) -> PyResult<Exit> {
        let base = self.frames.len();
        let mut frame = frame;
        let mut pending = pending;
        loop {
            let err = match pending.take() {
                Some(e) => e,
                None => match self.execute(&mut frame) {
                    Ok(Flow::Return(value)) => {
                        self.leave();
                        if self.frames.len() == base {
                            self.recycle(frame);
                            return Ok(Exit::Return(value));
                        }
                        let Some(caller) = self.frames.pop() else { return Ok(Exit::Return(value)) };
                        let mut done = std::mem::replace(&mut frame, caller);
                        let resumer = done.resumer.take();
                        let init_self = done.init_self.take();
                        self.recycle(done);
                        let pushed = match resumer {
                            None if init_self.is_some() => self.init_returned(&mut frame, init_self, value),
                            None => frame.push(value),
                            Some(resumer) => {
                                self.finish_inline(&resumer);
                                generator_returned(&mut frame, resumer.by, value)
                            }
                        };
                        match pushed {
                            Ok(()) => continue,
                            Err(e) => e,
                        }
                    }
                    Ok(Flow::Yield(value)) => {
                        self.leave();
                        match frame.resumer.take() {
                            Some(resumer) if self.frames.len() > base => {
                                let Some(caller) = self.frames.pop() else {
                                    return Err(PyErr::fault("no caller"));
                                };
                                let suspended = std::mem::replace(&mut frame, caller);
                                self.suspend_inline(resumer, suspended);
                                match frame.push(value) {
                                    Ok(()) => continue,
                                    Err(e) => e,
                                }
                            }
                            _ if self.frames.len() == base => return Ok(Exit::Yield(value, frame)),
                            _ => PyErr::fault("YIELD_VALUE in a frame that is not a generator's"),
                        }
                    }
                    Ok(Flow::ReturnGenerator) => {
                        self.leave();
                        if self.frames.len() == base {
                            return Ok(Exit::Return(super::generator::new(self, frame)));
                        }
                        let Some(caller) = self.frames.pop() else { return Err(PyErr::fault("no caller")) };
                        let gen_frame = std::mem::replace(&mut frame, caller);
                        let made = super::generator::new(self, gen_frame);
                        match frame.push(made) {
                            Ok(()) => continue,
                            Err(e) => e,
                        }
                    }
                    Ok(Flow::Call(callee)) => match self.enter() {
                        Ok(()) => {
                            self.frames.push(std::mem::replace(&mut frame, callee));
                            continue;
                        }
                        Err(e) => e,
                    },
                    Ok(Flow::Resume(generator_frame)) => {
                        self.frames.push(std::mem::replace(&mut frame, generator_frame));
                        continue;
                    }
                    Ok(Flow::Continue) => continue,
                    Ok(Flow::Finalize) => {
                        self.close_abandoned();
                        continue;
                    }
                    Err(e) => e,
                },
            };
            // Unwind: a handler in this frame resumes it; otherwise leave frames outward.
            let mut err = err;
            loop {
                match unwind::handle(self, &mut frame, err) {
                    None => break,
                    Some(e) => {
                        self.leave();
                        if self.frames.len() <= base {
                            return Err(e);
                        }
                        match self.frames.pop() {
                            Some(caller) => {
                                let mut done = std::mem::replace(&mut frame, caller);
                                if let Some(resumer) = done.resumer.take() {
                                    self.finish_inline(&resumer);
                                }
                                self.recycle(done);
                            }
                            None => return Err(e),
                        }
                        err = e;
                    }
                }
            }
        }
    }

    /// `--stats` and `minivm trace`: one instruction counted or shown. The tracer learns of
    /// calls, returns and yields from the frames it sees here, so the loop has no other hook.
    #[cold]
    #[inline(never)]
    fn observe(&mut self, op: u8, frame: &Frame) {
        if let Some(stats) = self.stats.as_mut() {
            stats.count(op, frame);
        }
        if let Some(tracer) = self.tracer.as_mut() {
            tracer.instruction(frame, &self.frames, self.depth, op);
        }
    }

    /// `__init__` pushed by `CALL_ALLOC_AND_ENTER_INIT` returned: the caller gets the new
    /// instance, or the TypeError the generic call would raise.
    #[cold]
    fn init_returned(&mut self, caller: &mut Frame, instance: Option<Value>, value: Value) -> PyResult<()> {
        if !value.is_none() {
            let name = crate::object::protocol::type_name(self, &value);
            return Err(self.type_error(format!("__init__() should return None, not '{name}'")));
        }
        caller.push(instance.unwrap_or(Value::None))
    }

    /// Executes instructions of one frame until control leaves it (return, call, error).
    fn execute(&mut self, frame: &mut Frame) -> PyResult<Flow> {
        // `--stats` and `minivm trace`: one predictable branch on a register when off. (A
        // second copy of the loop for them, by a const generic or an outlined loop, made the
        // compiler inline the handlers differently and cost 11% more instructions, and hooks
        // for the tracer at the loop's calls and returns 2%; measured with callgrind on
        // intloop.py.)
        let observing = self.stats.is_some() || self.tracer.is_some();
        loop {
            let (op, arg) = fetch(frame)?;
            if observing {
                self.observe(op, frame);
            }
            let Some(opcode) = Opcode::from_u8(op) else {
                return Err(PyErr::fault(format!("unknown opcode {op}")));
            };
            let flow = self.dispatch(frame, opcode, arg)?;
            if let Flow::Continue = flow {
                // A `Continue` owns nothing. Forgetting it spares a call to `Flow`'s drop glue
                // after every instruction, which the compiler does not always inline (when
                // it did not: +20% instructions on intloop.py, callgrind).
                std::mem::forget(flow);
                continue;
            }
            return Ok(flow);
        }
    }

    #[inline(always)]
    fn dispatch(&mut self, frame: &mut Frame, opcode: Opcode, arg: u32) -> PyResult<Flow> {
        use Opcode::*;
        use ops::*;
        match opcode {
            Nop | Resume => Ok(Flow::Continue),
            PopTop => stack::pop_top(frame),
            PushNull => stack::push_null(frame),
            EndFor => stack::end_for(frame),
            EndSend => stack::end_send(frame),
            Copy => stack::copy(frame, arg),
            Swap => stack::swap(frame, arg),

            LoadConst => load::load_const(frame, arg),
            ReturnConst => control::return_const(frame, arg),
            LoadFast => load::load_fast(self, frame, arg),
            LoadFastCheck => load::load_fast_check(self, frame, arg),
            LoadFastAndClear => load::load_fast_and_clear(frame, arg),
            StoreFast => load::store_fast(frame, arg),
            DeleteFast => load::delete_fast(self, frame, arg),
            LoadGlobal => load::load_global(self, frame, arg),
            StoreGlobal => load::store_global(frame, arg),
            DeleteGlobal => load::delete_global(self, frame, arg),
            LoadName => load::load_name(self, frame, arg),
            StoreName => load::store_name(self, frame, arg),
            DeleteName => load::delete_name(self, frame, arg),
            MakeCell => load::make_cell(frame, arg),
            CopyFreeVars => load::copy_free_vars(frame, arg),
            LoadClosure => load::load_fast(self, frame, arg),
            LoadDeref => load::load_deref(self, frame, arg),
            StoreDeref => load::store_deref(frame, arg),
            DeleteDeref => load::delete_deref(self, frame, arg),
            LoadFromDictOrDeref => load::load_from_dict_or_deref(self, frame, arg),
            LoadFromDictOrGlobals => load::load_from_dict_or_globals(self, frame, arg),
            LoadLocals => load::load_locals(self, frame),
            SetupAnnotations => load::setup_annotations(self, frame),
            LoadAttr => attr::load_attr(self, frame, arg),
            StoreAttr => attr::store_attr(self, frame, arg),
            DeleteAttr => attr::delete_attr(self, frame, arg),

            UnaryNegative => binary::unary_negative(self, frame),
            UnaryNot => binary::unary_not(self, frame),
            UnaryInvert => binary::unary_invert(self, frame),
            BinaryOp => binary::binary_op(self, frame, arg),
            CompareOp => binary::compare_op(self, frame, arg),
            IsOp => binary::is_op(frame, arg),
            ContainsOp => binary::contains_op(self, frame, arg),
            ContainsOpSet | ContainsOpDict => binary::contains_op_typed(self, frame, arg, opcode),
            BinarySubscr => binary::binary_subscr(self, frame),
            StoreSubscr => binary::store_subscr(self, frame),
            DeleteSubscr => binary::delete_subscr(self, frame),
            BinarySlice => binary::binary_slice(self, frame),
            StoreSlice => binary::store_slice(self, frame),

            JumpForward => control::jump_forward(frame, arg),
            JumpBackward | JumpBackwardNoInterrupt => control::jump_backward(frame, arg),
            PopJumpIfFalse => control::pop_jump_if(self, frame, arg, false),
            PopJumpIfTrue => control::pop_jump_if(self, frame, arg, true),
            PopJumpIfFalseToBoolInt
            | PopJumpIfFalseToBoolList
            | PopJumpIfFalseToBoolNone
            | PopJumpIfFalseToBoolStr => control::pop_jump_if_typed(self, frame, arg, false, opcode),
            PopJumpIfTrueToBoolInt
            | PopJumpIfTrueToBoolList
            | PopJumpIfTrueToBoolNone
            | PopJumpIfTrueToBoolStr => control::pop_jump_if_typed(self, frame, arg, true, opcode),
            PopJumpIfNone => control::pop_jump_if_none(frame, arg, true),
            PopJumpIfNotNone => control::pop_jump_if_none(frame, arg, false),
            ReturnValue => control::return_value(frame),
            GetIter => control::get_iter(self, frame),
            ForIter => control::for_iter(self, frame, arg),

            BuildTuple => build::build_tuple(frame, arg),
            BuildList => build::build_list(frame, arg),
            BuildSet => build::build_set(self, frame, arg),
            BuildMap => build::build_map(self, frame, arg),
            BuildConstKeyMap => build::build_const_key_map(self, frame, arg),
            BuildString => build::build_string(frame, arg),
            BuildSlice => build::build_slice(frame, arg),
            ListAppend => build::list_append(frame, arg),
            SetAdd => build::set_add(self, frame, arg),
            MapAdd => build::map_add(self, frame, arg),
            ListExtend => build::list_extend(self, frame, arg),
            SetUpdate => build::set_update(self, frame, arg),
            DictUpdate => build::dict_update(self, frame, arg),
            DictMerge => build::dict_merge(self, frame, arg),
            UnpackSequence => build::unpack_sequence(self, frame, arg),
            UnpackEx => build::unpack_ex(self, frame, arg),
            FormatValue => build::format_value(self, frame, arg),
            CallIntrinsic1 => build::call_intrinsic_1(self, frame, arg),

            ReturnGenerator => Ok(Flow::ReturnGenerator),
            YieldValue => generator::yield_value(frame),
            Send => generator::send(self, frame, arg),
            GetYieldFromIter => generator::get_yield_from_iter(self, frame),
            CleanupThrow => generator::cleanup_throw(self, frame),
            GetAwaitable => coroutine::get_awaitable(self, frame, arg),
            GetAiter => coroutine::get_aiter(self, frame),
            GetAnext => coroutine::get_anext(self, frame),
            EndAsyncFor => coroutine::end_async_for(self, frame),
            BeforeAsyncWith => coroutine::before_async_with(self, frame),

            GetLen => matching::get_len(self, frame),
            MatchSequence => matching::match_sequence(frame),
            MatchMapping => matching::match_mapping(frame),
            MatchKeys => matching::match_keys(self, frame),
            MatchClass => matching::match_class(self, frame, arg),

            KwNames => call::kw_names(frame, arg),
            Call => call::call(self, frame, arg),
            CallFunctionEx => call::call_function_ex(self, frame, arg),
            MakeFunction => call::make_function(self, frame, arg),

            ImportName => imports::import_name(self, frame, arg),
            ImportFrom => imports::import_from(self, frame, arg),

            LoadBuildClass => attr::load_build_class(self, frame),
            LoadSuperAttr => attr::load_super_attr(self, frame, arg),
            LoadSuperAttrAttr | LoadSuperAttrMethod => attr::load_super_attr_specialized(self, frame, arg),

            RaiseVarargs => exception::raise_varargs(self, frame, arg),
            Reraise => exception::reraise(frame, arg),
            PushExcInfo => exception::push_exc_info(self, frame),
            PopExcept => exception::pop_except(self, frame),
            CheckExcMatch => exception::check_exc_match(self, frame),
            CheckEgMatch => exception::check_eg_match(self, frame),
            CallIntrinsic2 => build::call_intrinsic_2(self, frame, arg),
            LoadAssertionError => exception::load_assertion_error(self, frame),
            BeforeWith => exception::before_with(self, frame),
            WithExceptStart => exception::with_except_start(self, frame),

            BinaryOpAddInt => binary::add_int(self, frame, arg),
            BinaryOpExtend => binary::binary_op_extend(self, frame, arg),
            BinaryOpSubtractInt => binary::subtract_int(self, frame, arg),
            BinaryOpMultiplyInt => binary::multiply_int(self, frame, arg),
            BinaryOpAddFloat => binary::add_float(self, frame, arg),
            BinaryOpSubtractFloat => binary::subtract_float(self, frame, arg),
            BinaryOpMultiplyFloat => binary::multiply_float(self, frame, arg),
            BinaryOpAddUnicode => binary::add_unicode(self, frame, arg),
            BinaryOpInplaceAddUnicode => binary::inplace_add_unicode(self, frame, arg),

            CompareOpInt => binary::compare_op_int(self, frame, arg),
            CompareOpFloat => binary::compare_op_float(self, frame, arg),
            CompareOpStr => binary::compare_op_str(self, frame, arg),
            BinarySubscrListInt => binary::binary_subscr_list_int(self, frame),
            BinarySubscrTupleInt => binary::binary_subscr_tuple_int(self, frame),
            BinarySubscrDict => binary::binary_subscr_dict(self, frame),
            BinarySubscrGetitem => binary::binary_subscr_getitem(self, frame),
            BinarySubscrStrInt => binary::binary_subscr_str_int(self, frame),
            StoreSubscrListInt => binary::store_subscr_list_int(self, frame),
            StoreSubscrDict => binary::store_subscr_dict(self, frame),
            ForIterList => control::for_iter_list(self, frame, arg),
            ForIterTuple => control::for_iter_tuple(self, frame, arg),
            ForIterRange => control::for_iter_range(self, frame, arg),
            ForIterGen => control::for_iter_gen(self, frame, arg),
            UnpackSequenceTwoTuple | UnpackSequenceTuple | UnpackSequenceList => {
                build::unpack_sequence_exact(self, frame, arg, opcode)
            }
            SendGen => generator::send_gen(self, frame, arg),
            LoadGlobalModule => load::load_global_module(self, frame, arg),
            LoadAttrModule => attr::load_attr_module(self, frame, arg),
            LoadAttrInstanceValue => attr_forms::load_attr_instance_value(self, frame, arg),
            LoadAttrWithHint => attr_forms::load_attr_with_hint(self, frame, arg),
            LoadAttrSlot => attr_forms::load_attr_slot(self, frame, arg),
            LoadAttrClass => attr_forms::load_attr_class(self, frame, arg),
            LoadAttrMethodWithValues => attr_forms::load_attr_method_with_values(self, frame, arg),
            LoadAttrMethodNoDict => attr_forms::load_attr_method_no_dict(self, frame, arg),
            LoadAttrMethodLazyDict => attr_forms::load_attr_method_lazy_dict(self, frame, arg),
            LoadAttrProperty => attr_forms::load_attr_property(self, frame, arg),
            LoadAttrNondescriptorWithValues => {
                attr_forms::load_attr_nondescriptor_with_values(self, frame, arg)
            }
            LoadAttrNondescriptorNoDict => attr_forms::load_attr_nondescriptor_no_dict(self, frame, arg),
            LoadAttrGetattributeOverridden => attr_forms::load_attr_getattribute_overridden(self, frame, arg),
            StoreAttrInstanceValue => attr_forms::store_attr_instance_value(self, frame, arg),
            StoreAttrSlot => attr_forms::store_attr_slot(self, frame, arg),
            StoreAttrWithHint => attr_forms::store_attr_with_hint(self, frame, arg),
            CallPyExactArgs => call::call_py_exact_args(self, frame, arg),
            CallNoKwBuiltinO | CallNoKwBuiltinFast | CallNoKwLen | CallNoKwIsinstance => {
                call_native::call_builtin(self, frame, arg)
            }
            CallBuiltinFastWithKeywords | CallBuiltinClass => {
                call_native::call_builtin_with_keywords(self, frame, arg)
            }
            CallNoKwStr1 | CallNoKwType1 | CallNoKwTuple1 => call_native::call_class_1(self, frame, arg),
            CallNoKwMethodDescriptorO
            | CallNoKwMethodDescriptorNoargs
            | CallNoKwMethodDescriptorFast
            | CallMethodDescriptorFastWithKeywords => call_native::call_method_descriptor(self, frame, arg),
            CallNoKwListAppend => call_native::call_list_append(self, frame, arg),
            CallAllocAndEnterInit => call_native::call_alloc_and_enter_init(self, frame, arg),
            CallPyWithDefaults => call::call_py_with_defaults(self, frame, arg),
            CallBoundMethodExactArgs => call::call_bound_method_exact_args(self, frame, arg),
            LoadGlobalBuiltin => load::load_global_builtin(self, frame, arg),

            LoadConstLoadFast => load::load_const_load_fast(self, frame, arg),
            LoadFastLoadConst => load::load_fast_load_const(self, frame, arg),
            LoadFastLoadFast => load::load_fast_load_fast(self, frame, arg),
            StoreFastLoadFast => load::store_fast_load_fast(self, frame, arg),
            StoreFastStoreFast => load::store_fast_store_fast(self, frame, arg),

            other => unsupported(frame, other),
        }
    }
}

/// The caller goes on after a generator it resumed with `FOR_ITER` or `SEND` returned: a
/// for loop is over (the iterator is popped and `END_FOR` skipped); a `yield from`/`await`
/// has its result and jumps to its `END_SEND`.
fn generator_returned(caller: &mut Frame, by: ResumedBy, value: Value) -> PyResult<()> {
    match by {
        ResumedBy::ForIter(delta) => {
            caller.pop()?;
            caller.jump(delta as i64 + 1)
        }
        ResumedBy::Send(delta) => {
            caller.push(value)?;
            caller.jump(delta as i64)
        }
    }
}

/// Reads the next instruction: its opcode byte and its oparg with any EXTENDED_ARG prefixes
/// folded in. Leaves `ip` after the instruction's inline caches, and `lasti` on it.
#[inline(always)]
fn fetch(frame: &mut Frame) -> PyResult<(u8, u32)> {
    let mut arg = 0u32;
    loop {
        let Some(unit) = frame.code.units.get(frame.ip) else {
            return Err(PyErr::fault("execution ran past the end of the code"));
        };
        let unit = unit.get();
        let (op, byte) = ((unit & 0xff) as u8, (unit >> 8) as u32);
        frame.lasti = frame.ip;
        frame.ip += 1;
        arg = (arg << 8) | byte;
        if op != Opcode::ExtendedArg as u8 {
            frame.ip += CACHE_UNITS[op as usize] as usize;
            return Ok((op, arg));
        }
    }
}

/// An instruction minivm does not run yet, or one that never appears in a `.pyc`.
fn unsupported(frame: &Frame, op: Opcode) -> PyResult<Flow> {
    // A form that cannot be in a `.pyc` was turned into RESERVED when the code was prepared:
    // report what the file holds.
    let original = frame.code.object.code.get(frame.lasti * 2).and_then(|b| Opcode::from_u8(*b));
    let op = match original {
        Some(found) if op == Opcode::Reserved => found,
        _ => op,
    };
    if op.base() != op {
        return Err(PyErr::fault(format!("specialised instruction {} in a .pyc", op.name())));
    }
    if op.is_instrumented() || matches!(op, Opcode::Cache | Opcode::Reserved | Opcode::InterpreterExit) {
        return Err(PyErr::fault(format!("{} never appears in a .pyc", op.name())));
    }
    Err(PyErr::fault(format!("{} is not supported by minivm yet", op.name())))
}
