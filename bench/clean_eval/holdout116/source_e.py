"""holdout116, part E: associations, corporate sites, training schools, 范文 apps, exam forums. All invented."""

CASES = [
    dict(
        slug="association-html-viewing-stone-pledge",
        site="菰城赏石协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gcshangshi.org.cn/xhdt/2025/0320.html",
        title="关于文明采石、依法赏石的倡议书",
        record_title="【协会倡议】关于文明采石、依法赏石的倡议书-菰城赏石协会",
        date="2025-03-20",
        notes="association template; decorated title; signature date; membership prompt chrome",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【协会倡议】关于文明采石、依法赏石的倡议书-菰城赏石协会</title></head><body>
<div class="hd">⟦m 菰城赏石协会　以石会友 以石养心⟧ ⟦a 会员登录⟧ ⟦a 入会申请⟧</div>
<nav>⟦m 协会首页⟧ ⟦m 协会动态⟧ ⟦m 藏石欣赏⟧ ⟦m 会员风采⟧</nav>
<h1>{T}</h1><div class="i">⟦m 时间：2025-03-20　来源：秘书处　浏览：418⟧</div>
{BODY}
<div class="pn">⟦l 上一条：2025年春季石展参展须知⟧ ⟦l 下一条：第四届理事会第二次会议召开⟧</div>
<footer>⟦m 秘书处电话：0572-2098 331　地址：菰城市文化宫二楼⟧</footer>
</body></html>
""",
        body="""
全体会员及广大赏石爱好者：
近年来，个别人员在河道、山体违规挖采奇石，破坏了生态环境，也给赏石界带来不良影响。为此，协会向大家发出如下倡议：
一、不到禁采区、自然保护区和河道管理范围内挖石、捡石。
二、不收购、不交易来源不明的石头，参展藏石须注明来源。
三、在石展、直播中如实介绍石种和产地，不夸大、不炒作。
让我们共同守护青山绿水，让赏石回归雅趣。
菰城赏石协会
2025年3月20日
""",
    ),
    dict(
        slug="association-text-seniors-catwalk-minutes",
        site="县老年文体协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lnwtxh-wq.org/news/221.html",
        title="老年模特队2025年工作座谈会纪要",
        record_title="老年模特队2025年工作座谈会纪要",
        date="2025-02-26",
        notes="minutes lines kept; hard-wrapped at 56 columns; meeting date",
        page="""
!m 县老年文体协会 ＞ 协会动态
{T}
!m 2025-02-28　|　阅读 131
{BODY}
!l 分享到：朋友圈　QQ　微博
!m 县老年文体协会秘书处
""",
        wrap=56,
        date_also=["2025-02-28"],
        body="""
时间：2025年2月26日上午9:00
地点：县老年活动中心二楼排练厅
主持：协会副会长　柏秀云
参加：模特队队长、各分队负责人共11人
会议总结了去年模特队参加市老年文艺汇演、社区巡演等活动情况，研究了今年工作安排。会议明确：一是今年新招队员不超过20名，年龄放宽到75周岁；二是服装统一由协会采购，队员自愿承担一半费用；三是每周二、五上午排练，遇高温、雨雪天气暂停。
""",
    ),
    dict(
        slug="corp-html-tow-truck-rescue-company-notice",
        site="通途道路救援公司 (invented)",
        style="企业官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.tongtujiuyuan.com/news/2024/1201.html",
        title="关于冬季高速公路清障救援收费标准公示的通知",
        record_title="关于冬季高速公路清障救援收费标准公示的通知_新闻中心_通途道路救援",
        date="2024-12-01",
        notes="corporate site; fee table; 24h rescue hotline in header and footer (chrome) while document's complaint line kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于冬季高速公路清障救援收费标准公示的通知_新闻中心_通途道路救援</title></head><body>
<div class="hd">⟦m 通途道路救援　全天候 快响应⟧ ⟦m 24小时救援热线 400-118-2299⟧</div>
<nav>⟦m 首页⟧ ⟦m 关于我们⟧ ⟦m 救援服务⟧ ⟦m 新闻中心⟧ ⟦m 联系我们⟧</nav>
<h1>{T}</h1><div class="meta">⟦m 发布时间：2024-12-01　作者：综合部⟧</div>
{BODY}
<div class="share">⟦l 分享：微信 · 微博 · 复制链接⟧</div>
<footer>⟦m 通途道路救援有限公司　版权所有　冀ICP备20011377号-2⟧</footer>
</body></html>
""",
        body="""
根据省交通运输厅、发展改革委有关规定，现将我公司冬季高速公路清障救援收费标准公示如下：
车型　　拖车费（元/公里）　　起步价（元）
一类车　　8　　300
二类车　　10　　400
三类车及以上　　15　　800
高速公路上车辆故障，由我公司免费拖至最近出口或服务区；冰雪天气不加收任何费用。
如发现救援人员乱收费，请拨打公司监督投诉电话0311-8507 2013。
通途道路救援有限公司
2024年12月1日
""",
    ),
    dict(
        slug="corp-text-preserved-fruit-recall",
        site="蜜园食品 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.miyuanfood.com/gg/33.html",
        title="关于主动召回部分批次话梅产品的公告",
        record_title="关于主动召回部分批次话梅产品的公告 - 蜜园食品",
        date="2025-06-12",
        notes="corporate recall; customer-service line of the document kept; glued action after a sentence",
        page="""
!m 蜜园食品 ｜ 果脯蜜饯 三十年老字号
!m 首页 · 企业公告
{T}
!m 2025.06.12　蜜园食品
{BODY}
!l 相关阅读：蜜园食品通过食品安全体系认证复审
!m 蜜园食品有限公司 © 2025
""",
        body="""
我公司在自检中发现，生产日期为2025年5月8日、批号为HM250508的180克装话梅产品甜蜜素含量超出标准限量。为保障消费者健康，我公司决定主动召回该批次产品。⟦a 【点此查询批次】⟧
一、召回范围：上述批次产品共计6240袋，主要销往本省三个地市。
二、召回方式：已购买该批次产品的消费者，可凭产品包装到原购买门店办理全额退款，无需小票。
三、消费者热线：400-633-8808（每日8:00-20:00）。
对此给消费者带来的不便，我们深表歉意。
蜜园食品有限公司
2025年6月12日
""",
    ),
    dict(
        slug="training-html-kite-surf-school-brochure",
        site="蓝浪风筝冲浪学校 (invented)",
        style="培训机构",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.lanlangkite.cn/course/beginner.html",
        title="风筝冲浪入门课程招生简章",
        record_title="风筝冲浪入门课程招生简章（2025夏季班）- 蓝浪风筝冲浪学校",
        date=None,
        notes="training school; floating consult box and ad; sentence of the document about 扫码 kept; year only in title decoration; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>风筝冲浪入门课程招生简章（2025夏季班）- 蓝浪风筝冲浪学校</title>
<script src="https://kefu.lanlangkite.cn/float.js"></script></head><body>
<div class="top">⟦m 蓝浪风筝冲浪学校 IKO认证培训中心⟧ ⟦a 立即预约⟧</div>
<nav>⟦m 首页⟧ ⟦m 课程⟧ ⟦m 教练团队⟧ ⟦m 学员故事⟧</nav>
<h1>{T}</h1>
{BODY}
<div class="float">⟦w 在线咨询 微信：lanlang_kite⟧ ⟦a 领取试听券⟧</div>
<div class="more">⟦l 其他课程：进阶跳跃课 · 水翼板体验课⟧</div>
<footer>⟦d 图片仅供参考，最终解释权在法律允许范围内归本校所有⟧ ⟦m 琼ICP备22004417号⟧</footer>
</body></html>
""",
        body="""
风筝冲浪是借助风筝的拉力在水面滑行的运动，入门课程帮助零基础学员安全掌握基本技术。
一、课程安排：共12小时，分为陆地风筝控制、水中身体拖行、上板滑行三个阶段，一般3至4天完成。
二、报名条件：年满12周岁，会游泳，体重40公斤以上；未成年人须监护人陪同签署安全告知书。
三、安全保障：全程配备救生衣、头盔和对讲耳机，每名教练最多带两名学员，并有救援艇跟随。
四、报名请扫描前台二维码填写信息，课程根据当天风况安排。
""",
    ),
    dict(
        slug="training-text-driving-school-speed-camera-lecture",
        site="顺捷驾校 (invented)",
        style="培训机构",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.shunjiejx.com/anquan/2024-07.html",
        title="学员安全教育课讲稿：认识区间测速和电子抓拍",
        record_title="学员心声 | 学员安全教育课讲稿：认识区间测速和电子抓拍",
        date="2024-07-11",
        notes="training site; date under title; writing prompt between paragraphs (line of its own); title repeated",
        page="""
!m 顺捷驾校 · 安全课堂
{T}
（2024年7月11日）
{BODY}
!t 学员安全教育课讲稿：认识区间测速和电子抓拍
!a 报名学车享暑期优惠，点击咨询
!m 顺捷驾校　地址：蕖川市驾培园区3号
""",
        body="""
各位学员：
今天我们讲讲道路上的电子警察。很多同学拿到驾照以后第一次被扣分，就是因为不了解区间测速。
区间测速不是看某一点的瞬时速度，而是计算车辆通过一段路的平均速度。在区间里先快后慢“躲测速”，一样会被判定超速。
⟦l 推荐阅读：科目二倒车入库口诀⟧
还要提醒大家，实线变道、不礼让行人、开车打电话，这些行为现在都有电子设备抓拍。安全驾驶靠的是习惯，不是侥幸。
""",
    ),
    dict(
        slug="fanwenapp-html-self-balancing-scooter-notice",
        site="笔尖范文App (invented)",
        style="范文APP",
        genre="通知",
        kind="notice",
        form="html",
        source="https://share.bijianfw.com/a/7Rk2Pq",
        title="关于禁止在校园内驾驶平衡车的通知",
        record_title="关于禁止在校园内驾驶平衡车的通知（通用2篇）",
        date="2024-09-02",
        notes="app share page; open-in-app prompt; copy lock; numbered list kept; 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>笔尖范文App</title></head><body>
<div class="bar">⟦a 打开笔尖范文App，查看完整范文⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 笔尖范文 · 校园管理 · 2.3万人看过⟧</div>
{BODY}
<div class="lock">⟦a 复制功能仅对会员开放⟧</div>
<div class="rec">⟦l 相关范文：校园电动车管理规定 · 学生安全承诺书⟧</div>
<footer>⟦d 内容由用户投稿，平台不对内容负责⟧</footer>
</body></html>
""",
        body="""
各班级、全体学生：
近期发现有学生在校园内驾驶电动平衡车，存在较大安全隐患。为保障师生安全，现通知如下：
1. 自即日起，禁止学生将平衡车、电动滑板车带入校园。
2. 已带入校园的，请于9月6日前由家长领回。
3. 班主任要做好宣传教育，发现违规情况及时报告政教处。
特此通知。
莘塘中学政教处
2024年9月2日
""",
    ),
    dict(
        slug="fanwenapp-text-fern-harvest-summary",
        site="公文帮App (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://m.gongwenbang.cn/share/doc/551901",
        title="2024年蕨菜采收加工季工作总结",
        record_title="2024年蕨菜采收加工季工作总结",
        date="2024-06-28",
        notes="app reading mode; AI-rewrite button glued after a sentence; member prompt; 成文日期 in Chinese numerals",
        page="""
!m 公文帮 · 阅读模式
{T}
!m 字数 421 · 阅读 3 分钟
{BODY}
!a 开通会员 解锁全部 12万+ 范文
!l 👍 有用　⭐ 收藏　↗ 分享
""",
        body="""
今年4月至6月，我乡组织开展蕨菜采收加工季工作，全乡采收鲜蕨菜186吨，加工成干品和盐渍品51吨，带动农户620户，户均增收2300元。⟦a ［AI改写本段］⟧
一是建立采收秩序。划定采收区域，实行分片采收、轮采轮养，杜绝连根拔除。
二是提升加工水平。乡农产品加工厂新上一条烘干线，干品等级率由六成提高到八成。
三是拓宽销售渠道。与两家商超签订供货协议，并通过电商平台销售干蕨菜8.6吨。
明年，我们将加强采收安全教育，继续扩大蕨菜保护性采收区。
蔚峰乡人民政府
二〇二四年六月二十八日
""",
    ),
    dict(
        slug="gkforum-html-id-card-office-interview-answer",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://bbs.shangan-gk.com/thread-220781-1-1.html",
        title="结构化面试素材：窗口办理身份证“跑一次”的体会",
        record_title="[面试素材] 结构化面试素材：窗口办理身份证“跑一次”的体会 - 面试交流 - 上岸公考论坛",
        date="2025-02-19",
        notes="exam forum with jammer fonts in HTML; post date; paid-course ad",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[面试素材] 结构化面试素材：窗口办理身份证“跑一次”的体会 - 面试交流 - 上岸公考论坛</title>
<style>.jammer{position:absolute;left:-999px}</style></head><body>
<div id="hd">⟦m 上岸公考论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 面试专区 › 面试交流⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主 一战上岸的阿木 发表于 2025-2-19 20:45⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="ad">⟦a 面试系统班火热报名中，名师一对一点评⟧</div>
<div class="rep">⟦l 2楼 小白求带：收藏了，谢谢楼主⟧</div>
<div id="ft">⟦m Powered by Discuz!　上岸公考论坛⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
去年我在派出所户籍窗口实习，印象最深的是一位外地务工人员补办身份证的经历。
他来回跑了三趟，原因是每次都缺一样材料。后来所里推行“一次性告知单”，窗口把需要的材料列清楚，还开通了异地受理，同类情况再也没有出现。
这件事让我体会到，服务群众要站在群众的角度想问题。如果有幸走上工作岗位，我会把“让群众少跑腿”作为自己的工作标准。
""",
    ),
    dict(
        slug="gkforum-text-passport-office-model-essay-markers",
        site="申论圈 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.shenlunquan.com/forum/read-88321.html",
        title="范文：从出入境“掌上办”看政务服务数字化",
        record_title="范文：从出入境“掌上办”看政务服务数字化",
        date=None,
        notes="exam forum essay; page markers ⎡n⎦ glued or not; relative post time (no date)",
        page="""
!m 申论圈 » 申论范文
{T}
!m 作者：申论老王　4天前
{BODY}
!l 点评：结构清晰，论据可再具体一些　——版主
!a 下载本文PDF　收藏
""",
        pages=dict(fmt="⎡{n}⎦", every=170, start=2, glue="mix"),
        body="""
过去办一本护照，要请假、排队、填表、拍照，来回奔波。如今，群众在手机上就能预约、缴费、查询进度，证件还能邮寄到家。
数字化改变的不只是办事方式，更是政府的服务理念。把数据跑起来，就是让群众少跑路；把流程晒出来，就是让权力在阳光下运行。
当然，也要看到老年人等群体面临的“数字鸿沟”，保留线下窗口，提供帮办代办，让数字化成果惠及每一个人。
""",
    ),
]
