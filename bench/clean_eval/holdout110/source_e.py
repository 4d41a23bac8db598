"""holdout110, part E: 行业协会, 企业官网, 培训机构, 范文APP, 公考论坛. Invented text."""

CASES = [
    dict(
        slug="assoc-xiehui-html-guava-growers-pledge",
        site="莲城市番石榴产业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.lcguava.example.org.cn/xhdt/2025/0801.html",
        title="关于抵制早采青果上市的倡议书",
        record_title="【协会倡议】关于抵制早采青果上市的倡议书 - 莲城市番石榴产业协会",
        date="2025-08-01",
        notes="association site; member-login link; 倡议 with numbered points",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于抵制早采青果上市的倡议书 - 莲城市番石榴产业协会</title></head><body>
<div class="hd">⟦m 莲城市番石榴产业协会⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<div class="nav">⟦m 协会首页 协会动态 技术服务 会员风采 联系我们⟧</div>
<h1>{T}</h1>
<p class="meta">⟦m 来源：协会秘书处　发布日期：2025-08-01⟧</p>
{BODY}
<div class="pn">⟦l 上一条：协会第三届理事会第二次会议召开⟧</div>
<div class="ft">⟦m 协会地址：莲城市农贸大厦1206室⟧ ⟦d 版权所有 转载请注明出处⟧</div></body></html>
""",
        body="""
全市番石榴种植户、经销商：
近期部分果园为抢早上市，采摘未成熟的青果，损害了莲城番石榴的声誉。为此，协会倡议：
一、严格按照成熟度采收，果皮转色后再采摘。
二、经销商不收购、不销售早采青果。
三、发现早采行为，可向协会秘书处反映。
莲城市番石榴产业协会
2025年8月1日
""",
    ),
    dict(
        slug="assoc-mianfen-text-flour-industry-minutes",
        site="蔺川面粉行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lcmfxh.example.cn/news/161.html",
        title="蔺川面粉行业协会理事会会议纪要",
        record_title="蔺川面粉行业协会理事会会议纪要",
        date="2024-12-05",
        notes="association minutes: 时间/地点/主持/出席/记录 lines kept; vote count kept",
        page="""
!m 蔺川面粉行业协会　›　协会动态
{T}
!m 发布者：秘书处　发布时间：2024-12-06　阅读：96
{BODY}
!l 相关阅读：2024年全县小麦收购情况通报
!m 协会电话：0739-5531008　邮箱：lcmfxh@example.cn
""",
        date_also=["2024-12-06"],
        body="""
时间：2024年12月5日上午
地点：金穗面业会议室
主持：会长　马德厚
出席：理事单位代表13人
记录：秘书处　易红
一、会议审议通过了《协会2025年工作要点》，表决结果：同意13票，反对0票，弃权0票。
二、会议决定明年3月举办面粉质量安全培训班。
""",
    ),
    dict(
        slug="corp-huanyu-html-laundromat-recall",
        site="寰宇洗涤设备有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.huanyu-wash.example.com/news/2025/recall-0612.html",
        title="关于召回部分自助洗衣机投币模块的公告",
        record_title="关于召回部分自助洗衣机投币模块的公告_寰宇洗涤",
        date="2025-06-12",
        notes="company site; customer service line of the document beside the sales hotline; product chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召回部分自助洗衣机投币模块的公告_寰宇洗涤</title></head><body>
<div class="hd">⟦m 寰宇洗涤 · 商用洗涤设备专家⟧ ⟦m 销售热线 400-661-0932⟧</div>
<div class="nav">⟦m 首页 产品中心 解决方案 新闻动态 服务支持⟧</div>
<h1>{T}</h1>
<div class="date">⟦m 2025.06.12　|　公司公告⟧</div>
{BODY}
<div class="prod">⟦l 热销产品：HY-15商用洗衣机 HY-D20烘干机⟧</div>
<div class="ft">⟦m © 寰宇洗涤设备有限公司　浙ICP备20117452号⟧</div></body></html>
""",
        body="""
经排查，我公司2024年3月至8月生产的HY-12型自助洗衣机投币模块存在接触不良隐患，可能导致投币后不启动。
我公司决定召回上述产品，免费更换投币模块，并同时升级为扫码支付模块。
请相关用户拨打售后服务电话0571-8770255预约上门更换。
寰宇洗涤设备有限公司
2025年6月12日
""",
    ),
    dict(
        slug="corp-tanxiang-text-bamboo-charcoal-news",
        site="荪阳炭业 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.sunyangtan.example.com/news/show-92.html",
        title="荪阳炭业竹炭净水滤芯项目投产",
        record_title="荪阳炭业竹炭净水滤芯项目投产",
        date="2025-02-20",
        notes="company news text; dotted date line; product sidebar chrome at the bottom",
        page="""
!m 荪阳炭业　|　首页　关于我们　产品展示　新闻中心　联系我们
{T}
!m 2025.02.20　　浏览量：143
{BODY}
!l 产品推荐：竹炭包　竹醋液　烧烤炭
!m 订购电话：0739-8866321　地址：荪阳县竹海工业园
""",
        body="""
2月18日，荪阳炭业竹炭净水滤芯生产线正式投产，设计年产滤芯120万支。
该项目总投资3800万元，采用高温活化工艺，竹炭比表面积达到每克1000平方米以上。
公司负责人介绍，新产品主要供应家用净水器企业，预计年新增产值1.5亿元。
""",
    ),
    dict(
        slug="training-yuanding-html-loofah-craft-class",
        site="圆鼎手作培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yuandingsz.example.com/course/loofah-2025.html",
        title="丝瓜络手作暑期班招生简章",
        record_title="【暑期招生】丝瓜络手作暑期班招生简章（附课程表）",
        date="2025-06-25",
        notes="training studio: price tag and trial form chrome; course table kept; 报名电话 beside a consultant's WeChat",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【暑期招生】丝瓜络手作暑期班招生简章（附课程表）</title></head><body>
<div class="hd">⟦m 圆鼎手作培训中心⟧ ⟦w 课程顾问微信：yuanding_kf01⟧</div>
<div class="nav">⟦m 首页 课程体系 师资团队 学员作品 在线报名⟧</div>
<h1>{T}</h1>
<p>⟦m 发布时间：2025-06-25⟧</p>
{BODY}
<div class="price">⟦a 限时优惠 ￥680 → ￥498　立即抢位⟧</div>
<form>⟦a 预约免费试听：姓名 电话 提交⟧</form>
<div class="ft">⟦m 圆鼎手作 版权所有⟧</div></body></html>
""",
        body="""
丝瓜络是天然的手作材料，可以做成杯垫、收纳篮、小动物摆件。本期暑期班面向8至14岁学生招生。
课程安排：
周次　内容
第一周　认识丝瓜络、浸泡与压平
第二周　剪裁与拼接
第三周　作品创作与展示
报名电话：0739-8811502
""",
    ),
    dict(
        slug="training-xinlu-text-wildlife-monitor-course",
        site="新路职业培训学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.xinlupx.example.cn/kc/88.html",
        title="野生动物监测员职业技能培训计划",
        record_title="野生动物监测员职业技能培训计划 - 新路职业培训学校",
        date=None,
        notes="training school text page; testimonial and course ad between paragraphs; no date",
        page="""
!m 新路职业培训学校　政府补贴培训定点机构
!m 首页 > 培训项目 > 生态类
{T}
{BODY}
!a 在线报名　　电话咨询
!m 学校地址：蒴山县城南路16号
""",
        body="""
一、培训目标：使学员掌握雪豹、岩羊等高原野生动物的识别和监测方法，能够独立安装红外相机、记录样线数据。
⟦l 学员说：“学完就上岗，现在在保护站工作。”——往期学员 拉巴⟧
二、培训内容：物种识别、相机布设、数据整理、野外安全。
三、培训时间：理论10天，野外实训20天。
⟦a 报名即送户外背包一个⟧
四、考核合格者颁发职业技能等级证书。
""",
    ),
    dict(
        slug="fanwenapp-biji-html-wild-boar-summary",
        site="笔记范文App (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://share.bijifanwen.example.com/s/k27Hq1",
        title="乡镇林业站2024年野猪危害防控工作总结",
        record_title="乡镇林业站2024年野猪危害防控工作总结｜笔记范文",
        date="2024-12-20",
        notes="writing-app share page: open-in-app banner, AI-rewrite button, member lock; date under signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>乡镇林业站2024年野猪危害防控工作总结｜笔记范文</title></head><body>
<div class="open">⟦a 打开笔记范文App，阅读体验更佳⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 1.2万人看过 · 字数 420⟧</div>
{BODY}
<div class="ai">⟦a ✦ AI一键改写成我的版本⟧</div>
<div class="lock">⟦a 开通会员，解锁全部3篇同类范文⟧</div>
<div class="rec">⟦l 大家都在看：护林员年度工作总结 | 林长制工作汇报⟧</div></body></html>
""",
        body="""
2024年，我站在镇党委、政府领导下，扎实开展野猪危害防控工作。
一是组建了由12名护林员和村民组成的防控队，全年开展驱赶巡查160余次。
二是在6个重点村安装电子围栏8.6公里，农作物受损面积比上年下降四成。
三是协助保险公司完成理赔核定43户，赔付金额9.7万元。
莳溪镇林业站
2024年12月20日
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-text-sweet-corn-speech",
        site="写作宝App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.xiezuobao.example.cn/share/93018",
        title="在甜玉米产业订单签约仪式上的讲话",
        record_title="在甜玉米产业订单签约仪式上的讲话（通用版）",
        date=None,
        notes="app share text; no date (share stamp only, relative time)",
        page="""
!a 写作宝 —— 打开App，一键生成讲话稿
!t 在甜玉米产业订单签约仪式上的讲话（通用版）
!m 分享自 写作宝用户 小满　2小时前
{BODY}
!a 复制全文需开通VIP
!l 相似范文：农产品产销对接会讲话 ∣ 招商签约仪式致辞
""",
        body="""
各位来宾、同志们：
今天，我们在这里举行甜玉米产业订单签约仪式，这是我镇农业产业化发展中的一件喜事。
这次签约的订单面积达到5000亩，企业以保底价收购，农户种植有了稳定预期。
希望企业和农户守信履约，共同把甜玉米产业做大做强。
""",
    ),
    dict(
        slug="gkforum-shangan-html-interview-sea-turtle",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://bbs.shangan-gk.example.com/thread-90127-1-1.html",
        title="海洋保护类岗位结构化面试答题思路整理",
        record_title="[面试真题] 海洋保护类岗位结构化面试答题思路整理（附参考答案） - 面试交流 - 上岸公考论坛",
        date="2025-03-09",
        notes="exam forum with course advert and jammer fonts; 发表于 line; floors",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试真题] 海洋保护类岗位结构化面试答题思路整理（附参考答案） - 面试交流 - 上岸公考论坛</title></head><body>
<div class="hd">⟦m 上岸公考论坛⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div class="ad">⟦a 2025省考面试系统班火热报名中 点击领取优惠券⟧</div>
<div class="pt">⟦m 上岸公考论坛 › 面试交流⟧</div>
<div class="au">⟦m 楼主：浪花一朵　发表于 2025-3-9 20:41⟧</div>
<div class="t_f"><h2>{T}</h2>
{BODY}
</div>
<div class="fl">⟦l 沙发 备考小白：收藏了，感谢楼主⟧</div>
<div class="ft">⟦m Powered by Discuz!　上岸公考论坛⟧</div></body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
题目：有游客在海滩捡拾海龟蛋拍照炫耀，引发网络热议，请谈谈你的看法。
答题思路：首先表明态度，这种行为违法，也破坏海龟繁殖。
其次分析原因，一是部分游客法律意识淡薄，二是产卵沙滩管理存在空白。
最后提出对策，加强巡护和警示标识，开展科普宣传，依法查处违法行为。
""",
    ),
    dict(
        slug="gkforum-kaobang-text-shenlun-water-chestnut",
        site="考帮论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.kaobang.example.net/t/772410",
        title="从荸荠产业看乡村特色产业发展",
        record_title="[申论素材] 从荸荠产业看乡村特色产业发展 - 申论专区 - 考帮论坛",
        date="2025-01-22",
        notes="exam forum text; forum junk lines and glued junk; 发表于 line is the date",
        page="""
!m 考帮论坛 › 申论专区
!t [申论素材] 从荸荠产业看乡村特色产业发展
!m 作者：申论老顾　　发表于 2025-1-22 08:15
{BODY}
!l 回复　　收藏　　评分
!w 申论批改请加QQ群 73390214
""",
        junk=dict(lines=2, glued=1),
        body="""
荇湖县是传统的荸荠产区，过去农户各自种植、各自销售，价格忽高忽低。
近年来，当地成立合作社统一收购，引进企业建设去皮加工线，把荸荠做成即食罐头和饮料。
这一做法说明，特色产业要发展，既要有规模，也要延长产业链。
考生可将这一案例用于乡村振兴类题目的论证。
""",
    ),
]
