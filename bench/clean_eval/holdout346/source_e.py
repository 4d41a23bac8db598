"""holdout346, part E: residents' sites, trade associations, company sites, training schools, writing apps, exam forums.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="qingguan-community-senior-keyboard-class",
        site="沾庆区庆冠社区 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zqqingguan.cn/sqgg/2025/0904/218.html",
        title="关于开设老年人“大字键盘”电脑课的通知",
        record_title="【银发课堂】关于开设老年人“大字键盘”电脑课的通知 - 庆冠社区",
        date="2025-09-04",
        notes="residents' site with a weather line, a grid worker's box and a property repair line beside the community's own duty phone; 扫码 as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【银发课堂】关于开设老年人“大字键盘”电脑课的通知 - 庆冠社区</title></head><body>
<div class="sq-top">⟦m 沾庆区庆冠社区居民委员会⟧　⟦m 今天 晴 26℃ 空气质量 良⟧</div>
<ul class="sq-nav"><li>⟦m 社区首页⟧</li><li>⟦m 社区公告⟧</li><li>⟦m 党建引领⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 居民议事⟧</li></ul>
<div class="sq-crumb">⟦m 社区首页 › 社区公告⟧</div>
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：庆冠社区居委会　阅读 455⟧</div>
<div class="sq-body">
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　许冠芳　138 7960 2213⟧</p></div>
<div class="sq-wuye">⟦m 冠园物业24小时报修：0796-2370088⟧</div>
<div class="sq-more">⟦l 更多公告：社区秋季义诊安排 ｜ 电动自行车集中充电棚启用⟧</div>
<div class="sq-foot">⟦m 庆冠社区居委会　地址：庆冠大道117号⟧ ⟦d 本网站由社区志愿者维护，信息以居委会公告栏为准。⟧</div>
</body></html>
""",
        body="""
各位居民朋友：
为帮助社区老年人跨越“数字鸿沟”，社区联合市机关事务局第三党支部，在社区老年活动中心开设“大字键盘”电脑课。活动中心的8台电脑都已贴上按键字母放大的大字键盘膜，老人们看得清、按得准。
一、上课时间：9月10日起，每周三下午2:30—4:00，共12次课。
二、课程内容：开机关机、拼音打字、网上缴水电费、视频通话、辨别网络诈骗。
三、报名方式：年满60周岁的本社区居民可到社区服务大厅报名，也可以请子女用手机扫描社区公告栏上的二维码报名，每期限30人。
咨询电话：社区服务大厅 0796-2371560（工作日）。
沾庆区庆冠社区居民委员会
2025年9月4日
""",
    ),
    dict(
        slug="changxuli-community-pledge-door-magnet-ads",
        site="昌许里社区居委会 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://changxuli.sq.liguan.cn/gg/0612.html",
        title="关于拒绝门上磁铁贴小广告、共建整洁楼道的倡议书",
        date="2025-06-12",
        notes="the record's title as is; a residents' site with a grid worker's phone and a property line around the pledge; 成文日期 under the signature",
        page="""
!m 昌许里社区 · 我们的家园
!m 首页 > 通知公告 > 倡议书
{T}
!m 社区居委会　｜　阅读 289　｜　点赞 41
{BODY}
!l 相关：楼道堆物清理月活动通知 ｜ 垃圾分类积分兑换时间调整
!m 网格员 蒙晓许　159 7962 3014
!m 昌许里物业服务中心 0796-2356000
!d 昌许里社区网站 · 居民自建自管
""",
        body="""
各位居民朋友：
近一段时间，我们社区不少楼道的防盗门、电表箱上被人吸上了磁铁贴小广告，有的一扇门上就有三四张。这些磁铁贴来源不明，所留电话良莠不齐，已有居民拨打后遭遇上门乱收费。为此，社区居委会向全体居民倡议：
一、看到门上的磁铁贴小广告，请取下后投放到其他垃圾桶，不要随手丢在楼道里。
二、需要开锁、维修等服务时，请通过物业服务中心或者正规平台联系，不拨打来路不明的广告电话。
三、发现有人在楼道散发、吸贴小广告，请及时告诉物业保安或者网格员。
四、请大家随手关好单元门，不给陌生人开门。
整洁的楼道，需要我们每一个人共同守护。
昌许里社区居民委员会
2025年6月12日
""",
    ),
    dict(
        slug="liguan-stationery-association-book-film-pledge",
        site="黎冠市文具行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.lgwjxh.org.cn/xhdt/2025/08/0807.html",
        title="关于规范包书膜生产销售的自律倡议",
        record_title="〖会员共守·开学季〗关于规范包书膜生产销售的自律倡议 - 黎冠市文具行业协会",
        record_date="2025-08-07",
        date="2025-08-07",
        notes="association site with a member-login row and a member hotline; the association's name at the top is also its signature (a head match); the record gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〖会员共守·开学季〗关于规范包书膜生产销售的自律倡议 - 黎冠市文具行业协会</title></head><body>
<div class="xh-head">⟦m 黎冠市文具行业协会⟧</div>
<div class="xh-login">⟦a 会员单位登录　｜　申请入会　｜　会费缴纳⟧</div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会动态⟧</li><li>⟦m 行业标准⟧</li><li>⟦m 会员风采⟧</li></ul>
<div class="xh-crumb">⟦m 首页 &gt; 协会动态⟧</div>
<h1>{T}</h1>
<div class="xh-info">⟦m 发布：协会秘书处　｜　点击 207⟧</div>
<div class="xh-body">
{BODY}
</div>
<div class="xh-side">⟦l 协会动态：第三届会员大会胜利召开 ｜ 开学季文具质量座谈会举行⟧</div>
<div class="xh-foot">⟦m 协会秘书处会员服务热线 0796-2147760⟧<br>⟦m 黎冠市文具行业协会　版权所有⟧</div>
</body></html>
""",
        body="""
全市各会员单位：
新学期即将开始，包书膜进入销售旺季。近年来，个别企业使用回收料生产包书膜，产品气味大、增塑剂超标，损害了学生健康，也影响了全行业的声誉。为此，协会向全体会员单位发出如下倡议：
一、坚守质量底线。生产包书膜不使用回收料和含邻苯类增塑剂的原料，每批产品出厂前自检气味和有害物质。
二、规范标识标注。产品包装上清楚标明材质、生产企业、执行标准和适用年龄。
三、诚信经营。不向学校和教师支付回扣，不搞“指定购买”，不夸大宣传“无毒”“零污染”。
四、接受社会监督。欢迎家长和消费者对会员单位的产品提出意见。
黎冠市文具行业协会
2025年8月7日
""",
    ),
    dict(
        slug="yirao-magnet-association-council-minutes-vote",
        site="弋饶县磁性材料行业协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="other",
        form="text",
        source="http://www.yraocx.org/hydt/jiyao/2025-11.html",
        title="弋饶县磁性材料行业协会第二届理事会第五次会议纪要",
        date="2025-11-20",
        notes="the record's title as is; the 时间/地点/主持/参会/记录 lines of minutes and a vote count; the meeting's 时间 line gives the date; a members-only line between paragraphs",
        page="""
!m 弋饶县磁性材料行业协会 · 协会动态
!a 会员登录｜加入协会｜联系秘书处
{T}
!m 秘书处发布　浏览 143 次
{BODY}
!l 往期纪要：第二届理事会第四次会议纪要 ｜ 第二届理事会第三次会议纪要
!m 协会秘书处：弋饶县涡界镇磁材产业园综合楼3楼　电话 0793-6235517
""",
        body="""
时间：2025年11月20日上午9:00
地点：涡界镇磁材产业园综合楼三楼会议室
主持：饶冠英（会长）
参会：理事单位代表17人，监事2人
记录：王许蒙
会议听取了秘书处关于今年软磁制品出口情况的报告，重点研究了冰箱磁铁贴和白板磁铁贴团体标准的制定工作。
一、会议审议通过了《软磁磁铁贴》团体标准立项申请。表决结果：应到理事19人，实到17人，同意16票，反对0票，弃权1票。
⟦d 本纪要全文仅对会员单位开放，非会员请勿转载⟧
二、会议确定由弋饶驼磁科技有限公司牵头，联合5家会员企业组成标准起草组，2026年3月底前形成征求意见稿。
三、会议要求各会员企业在出口订单中注明磁铁贴的吸附力和磁粉含量，避免因标识不清引发退货。
""",
    ),
    dict(
        slug="guijian-tech-washable-keyboard-film-launch",
        site="贵键科技 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.guijian-tech.com/news/2025/0328.html",
        title="贵键科技推出可水洗抗菌笔记本键盘膜",
        record_title="上新｜贵键科技推出可水洗抗菌笔记本键盘膜 - 贵键科技官网",
        date="2025-03-28",
        notes="company site with a cookie notice, a 400 order line and a service float; a dotted company date as the page's date; a related-products link glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>上新｜贵键科技推出可水洗抗菌笔记本键盘膜 - 贵键科技官网</title></head><body>
<div class="cookie">⟦d 我们使用 Cookie 改善您的浏览体验，继续浏览即表示您同意我们的隐私政策。⟧ <button>⟦a 我知道了⟧</button></div>
<header>⟦m 贵键科技 GUIJIAN⟧ <nav>⟦m 产品中心 · 解决方案 · 新闻动态 · 关于贵键⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 公司新闻⟧</div>
<article><h1>{T}</h1>
<p class="date">⟦m 2025.03.28　｜　公司新闻⟧</p>
{BODY}
</article>
<div class="prevnext">⟦l 上一篇：贵键科技亮相2025中国电子信息博览会⟧ ⟦l 下一篇：致经销商伙伴的一封信⟧</div>
<div class="kefu-float">⟦w 在线客服　工作日9:00—18:00⟧</div>
<footer>⟦m 订购热线 400-996-3128⟧ ⟦m 黎冠贵键电子科技有限公司　黎ICP备21004432号-1⟧</footer>
</body></html>
""",
        body="""
3月28日，贵键科技正式发布新一代可水洗抗菌笔记本键盘膜，首批适配市面上62款主流笔记本电脑。
与普通硅胶键盘膜相比，新产品采用0.12毫米医用级TPU材料，手感更轻薄，透光率达到95%以上，背光键盘贴膜后依然清晰可见。膜面添加银离子抗菌剂，经第三方检测机构检测，对大肠杆菌、金黄色葡萄球菌的抗菌率均达到99%。⟦l 查看全部适配机型 ›⟧
产品支持反复水洗，用清水冲洗晾干即可重复使用，不易发黄变硬。贵键科技产品总监黎冠华表示，键盘膜是“贴在手指下面的东西”，公司希望用更安全的材料让用户用得放心。
""",
    ),
    dict(
        slug="wojie-wenjiao-exam-folder-recall-batches",
        site="涡界文教用品有限公司 (invented company site)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.wojiewj.com/gonggao/zhaohui-202504.html",
        title="关于召回部分批次A4弹簧试卷夹的公告",
        record_title="缺陷召回 ▪ 关于召回部分批次A4弹簧试卷夹的公告 - 涡界文教",
        record_date="2025-04-22",
        date="2025-04-22",
        notes="company recall with its batches; 扫码 as content; the recall line beside a 400 order line; the record gives the date",
        page="""
!m 涡界文教 WOJIE STATIONERY
!m 首页 ｜ 产品展示 ｜ 品质保障 ｜ 公司公告 ｜ 联系我们
!t 缺陷召回 ▪ 关于召回部分批次A4弹簧试卷夹的公告
{BODY}
!m 全国订货热线：400-882-6617
!l 其他公告：2025年春季新品目录发布　·　经销商年会圆满落幕
!d © 涡界文教用品有限公司　本网站图片及文字未经许可不得使用
""",
        body="""
尊敬的用户：
我公司在产品质量回访中发现，部分批次A4弹簧试卷夹的弹簧夹铆接不牢，使用中可能脱落，金属弹片边缘存在划伤手指的风险。为保障使用者安全，我公司决定主动召回以下批次产品。
生产批次　生产日期　数量（个）
WJ250108　2025年1月8日　6400
WJ250115　2025年1月15日　5800
WJ250122　2025年1月22日　7100
批次号印在试卷夹背面右下角，也可以用手机扫描背面二维码查询。凡购买上述批次产品的用户，可到原购买商店免费更换，或者拨打召回专线0793-6250315预约上门回收。
由此给您带来的不便，我们深表歉意。
涡界文教用品有限公司
2025年4月22日
""",
    ),
    dict(
        slug="liguan-chalk-school-board-writing-course",
        site="黎冠粉笔字培训学校 (invented training school)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.lgbanshu.com/kecheng/jiaoshi-banshu.html",
        title="教师板书速成班招生简章",
        record_title="〔寒假研修〕教师板书速成班招生简章（小班20人封顶）｜黎冠粉笔字培训学校",
        date=None,
        notes="training school with a promo banner, a consult float and a franchise line beside the course's own 报名电话; a brochure with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔寒假研修〕教师板书速成班招生简章（小班20人封顶）｜黎冠粉笔字培训学校</title></head><body>
<div class="promo">⟦a 寒假报名享早鸟价，老学员带新学员各减200元⟧</div>
<header>⟦m 黎冠粉笔字培训学校 · 写好一手板书⟧ <nav>⟦m 首页　课程设置　师资力量　学员作品　校区分布⟧</nav></header>
<div class="crumb">⟦m 首页 » 课程设置 » 教师研修⟧</div>
<h1>{T}</h1>
<div class="brochure">
{BODY}
</div>
<div class="consult">⟦w 课程顾问在线，留下手机号15分钟内回电⟧</div>
<div class="join">⟦m 全国校区加盟专线 400-636-2717⟧</div>
<div class="foot">⟦l 学员作品｜往期课程回顾｜常见问题⟧ ⟦m 黎冠市沾庆区庆冠大道58号二楼⟧</div>
</body></html>
""",
        body="""
一、课程对象：在职中小学教师、师范院校学生以及准备参加教师资格面试的考生。
二、课程内容：粉笔握笔与运笔、常用汉字楷书和行楷板书、板书布局设计、黑板贴与板书的配合使用。
三、课程特色：每位学员配发两张可擦写黑板贴，回家贴在墙上就能练习；结业时每人完成一块主题板书作品，优秀作品在校内展示。
四、开班时间：寒假期间分两期，每期8天，每天上午2.5小时。
五、学费：每人980元，含黑板贴、粉笔和练习字帖。
报名电话：0796-2390417（沾庆区校区）。
""",
    ),
    dict(
        slug="qijuan-edu-student-exam-folder-rules",
        site="启卷教育 (invented tutoring school)",
        style="培训机构",
        genre="须知",
        kind="other",
        form="text",
        source="http://www.qijuanedu.cn/notice/xuyuan-xuzhi.html",
        title="学员试卷夹使用须知",
        record_title="〔报到前必看〕学员试卷夹使用须知｜启卷教育",
        date=None,
        notes="a school's rules as a numbered list; a course ad between items; trial-lesson and consult lines at the foot; no date",
        page="""
!m 启卷教育 · 初高中同步提分
!m 首页 ＞ 学员中心 ＞ 须知
{T}
!m 适用：启卷教育全体在读学员
{BODY}
!w 咨询课程请找班主任，或添加教务微信 qijuan_jw01
!a 【预约免费试听课】
!m 启卷教育沾庆校区　冠庆路36号
""",
        body="""
为帮助同学们养成整理试卷的好习惯，每位学员入学时领取一个启卷教育试卷夹，请按以下要求使用。
1. 试卷夹按科目使用，封面写上姓名、年级和科目，每次上课都要带来。
2. 课堂测验卷订正后按时间顺序插入试卷夹，最新的放在最前面。
3. 每张错题旁用红笔写明错因，如“审题不清”“公式记错”“计算失误”。
⟦a 【寒假冲刺班】现在报名立减300元，点击了解⟧
4. 每月最后一次课，老师会检查试卷夹，检查结果告知家长。
5. 试卷夹丢失或损坏的，可到前台补领，每个收取工本费5元。
""",
    ),
    dict(
        slug="sugao-app-host-script-exam-folder-class-meeting",
        site="速稿APP (invented writing app, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="other",
        form="html",
        source="https://h5.sugao.app/share/doc?id=8b31e60c&from=wx",
        title="“一个试卷夹，一本成长书”学习方法交流班会主持词",
        record_title="“一个试卷夹，一本成长书”学习方法交流班会主持词（班会串词·两人版）· 速稿APP",
        date=None,
        notes="a writing app's H5 share page with an open-app mask, a fold and AI buttons; a host script with no date",
        page="""
<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>“一个试卷夹，一本成长书”学习方法交流班会主持词（班会串词·两人版）· 速稿APP</title></head><body>
<div class="app-bar">⟦a 速稿APP内打开，阅读更流畅⟧ <button>⟦a 打开⟧</button></div>
<div class="doc"><h1>{T}</h1>
<div class="doc-meta">⟦m 速稿号：班会小能手　｜　1.8万次使用⟧</div>
{BODY}
</div>
<div class="fold">⟦a 剩余42%内容已折叠，打开APP继续阅读⟧</div>
<div class="ai">⟦a ✨ 帮我改写　✨ 换个开头　✨ 扩写到1500字⟧</div>
<div class="recommend"><h3>⟦l 速稿推荐⟧</h3><p>⟦l 期中考试总结班会主持词（双人）⟧</p><p>⟦l 学习经验交流会主持稿⟧</p></div>
<div class="mask">⟦a 下载速稿，一键套用全部模板⟧</div>
</body></html>
""",
        body="""
甲：老师们、同学们，大家下午好！
乙：期中考试刚刚结束，不少同学发现，有些题目明明练过，一到考场还是会错。
甲：问题出在哪儿？今天这次班会，我们就从每个人书包里的那个试卷夹说起。
乙：“一个试卷夹，一本成长书”学习方法交流班会，现在开始！
甲：首先，请学习委员蒙晓昌同学给大家展示她的试卷夹，看看她是怎样给试卷分类、给错题写错因的。
乙：谢谢晓昌的分享！她的试卷夹里，每一张试卷都有红笔写的“病历”，难怪她的成绩一直稳定。
甲：接下来是小组交流时间，请各组同学翻开自己的试卷夹，互相说一说最近一次错得最多的是哪类题。
乙：最后，请班主任黎老师为我们总结。
""",
    ),
    dict(
        slug="xiecailiaobao-app-flag-speech-exam-folder",
        site="写材料宝 (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.xiecailiaobao.com/s/gq-20251110-031",
        title="整理好试卷，也是整理好自己",
        record_title="整理好试卷，也是整理好自己（升旗仪式发言·学生稿）| 写材料宝",
        date="2025-11-10",
        notes="a student's flag-raising speech in a writing app; an app prompt glued before the salutation; speaker line and a date in Chinese numerals under the title (neutral); AI and fold buttons at the foot",
        page="""
!m 写材料宝 · 校园讲话频道
!t 整理好试卷，也是整理好自己（升旗仪式发言·学生稿）
{T}
初二（5）班　蒙许诺
（二〇二五年十一月十日）
{BODY}
!a 展开剩余全文 ⌄
!a 🤖 AI润色　｜　🤖 改成教师版
!l 同类讲话：珍惜时间主题国旗下演讲 ｜ 期中考试后的反思发言
!m 写材料宝 · 已帮助 320 万人写材料
""",
        body="""
⟦a 下载写材料宝，上万篇校园讲话随时用⟧老师们、同学们：
大家早上好！我今天演讲的题目是《整理好试卷，也是整理好自己》。
上个月，我在书包里翻一张数学试卷，翻了十分钟也没找到，最后在语文书里发现了它，皱得像一团咸菜。那一刻我才明白，我丢的不只是一张试卷，还有那些错过的题。
后来，我给每个科目准备了一个试卷夹，试卷按时间顺序放好，错题用红笔写上原因。期中考试前，我把试卷夹从头翻到尾，心里一下子踏实了。
同学们，整理试卷看起来是一件小事，可它能让我们知道自己哪里懂了、哪里还不懂。让我们从今天起，整理好试卷，也整理好自己！
我的演讲完了，谢谢大家！
""",
    ),
    dict(
        slug="shangan-yizhan-interview-big-letter-keyboard-jammer",
        site="上岸驿站公考论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyizhan.com/thread-71502-1-1.html",
        title="社区给老人发放大字键盘膜学上网，有人说是形式主义，你怎么看？",
        record_title="【面试每天一题·民生话题】社区给老人发放大字键盘膜学上网，有人说是形式主义，你怎么看？ - 结构化面试 - 上岸驿站",
        date=None,
        notes="exam forum with a reply-to-see prompt, a rating row, a QQ-group ad and jammer fonts; an interview answer with no date",
        page="""
<html><head><meta charset="utf-8"><title>【面试每天一题·民生话题】社区给老人发放大字键盘膜学上网，有人说是形式主义，你怎么看？ - 结构化面试 - 上岸驿站</title>
<style>.jammer{position:absolute;left:-9999px}</style></head><body>
<div class="hd">⟦m 上岸驿站公考论坛 · 陪你一路上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div class="pt">⟦m 上岸驿站 › 面试交流 › 结构化面试⟧</div>
<div class="qqad">⟦w 2026省考面试备考群 QQ 713 442 985，进群领真题⟧</div>
<div class="post"><div class="author">⟦m 冠军预备役　｜　发表于 6 天前⟧</div>
<h1>{T}</h1>
<div class="msg">
{BODY}
</div>
<div class="hidden">⟦a 本帖隐藏的答题框架需回复后才能查看⟧</div>
<div class="rate">⟦l 评分 3 人　驿站币 +9　理由：思路清晰⟧</div>
</div>
<div class="reply">⟦l 回复 涡水考公人：第二点说得好，可以借鉴⟧</div>
<div class="ft">⟦m 上岸驿站 shanganyizhan.com⟧ ⟦d 论坛内容均为网友发布，不代表本站立场。⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
各位考友，这是我在模考里的作答，请大家帮忙看看。
我认为，社区给老年人发放大字键盘膜、教老人上网，出发点是好的，不能简单地说是形式主义。现在缴费、挂号、办事越来越多地在网上完成，很多老年人因为看不清键盘、不会打字被挡在门外，一张大字键盘膜成本不高，却实实在在降低了老人上网的难度。
当然，网友的质疑也值得重视。如果只是发了键盘膜、拍了照片，后续没有人教、没有人管，那就真成了形式主义。
所以，做好这件事，关键在于后续服务。一是发放前摸清需求，给家里确实有电脑的老人发；二是配套开设课程，安排志愿者手把手教；三是建立回访机制，了解老人学得怎么样、还需要什么帮助。
以上是我的回答，谢谢考官。
""",
    ),
    dict(
        slug="baicaoyuan-shenlun-magnet-sticker-essay-junk",
        site="申论百草园 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="http://www.shenlunbcy.com/forum/essay/20914",
        title="一张磁铁贴里的治理温度",
        record_title="[申论习作打磨] 一张磁铁贴里的治理温度（改到第四遍）- 大作文批改区 - 申论百草园",
        date=None,
        notes="exam forum essay with forum junk as lines and glued after 。; a poster's relative time; replies with scores below; no date",
        page="""
!m 申论百草园 › 大作文批改区
!t [申论习作打磨] 一张磁铁贴里的治理温度（改到第四遍）
!m 作者：晨读的许同学　｜　发布于 2 周前　｜　浏览 1127
!a 本帖由楼主设置为“仅登录用户可评论”
{BODY}
!l 【批改】阿蒙老师：立意准确，第三段论证可再具体些，给 38/40
!l 【回复】驿路黎明：学到了，结尾升华得很自然
!a 加入百草园批改计划，每周两篇大作文精批
!m 申论百草园　站务邮箱 zhanwu@shenlunbcy.com
""",
        indent="\u3000\u3000",
        junk=dict(lines=1, glued=2),
        body="""
在某市的一些老旧小区，家家户户的冰箱门上多了一张小小的磁铁贴，上面印着垃圾分类的图示和楼下投放点的开放时间。老人们说，扔垃圾前看一眼冰箱门，心里就有了底。
一张磁铁贴，成本不过几毛钱，却把政策送到了群众的眼皮底下。这启示我们，基层治理不一定要大投入、大手笔，关键是找准群众需要什么。不少老年人记不住分类规则，那就把规则印在他们每天都要打开的冰箱门上。
治理的温度，还在于持续更新。投放点调整了、开放时间改了，磁铁贴就要及时更换，否则好事也会变成“摆设”。
从一张磁铁贴出发，我们看到的是一种以群众为中心的治理思路：把小事办细，把实事办实。
""",
    ),
]
