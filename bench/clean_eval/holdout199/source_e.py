"""holdout199, part E: residents' sites, trade associations, companies, training schools, 范文 apps
and an exam forum. Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="community-qile-notice-smoke-alarm-home-check",
        site="骐乐社区服务网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.qileshequ.example.cn/gonggao/2025/1009/478.html",
        title="关于入户检测烟感报警器的通知",
        record_title="【楼栋通知】关于入户检测烟感报警器的通知｜骐乐社区服务网",
        date="2025-10-09",
        notes="residents' site: weather line, a grid worker's box, property repair lines; the community's own 咨询电话 and a 扫码预约 sentence in the body; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【楼栋通知】关于入户检测烟感报警器的通知｜骐乐社区服务网</title></head>
<body>
<div class="sq-top">⟦m 骐乐社区服务网⟧ ⟦m 瓘城区瑫园街道骐乐社区居民委员会⟧ ⟦m 10月9日 多云 16~25℃⟧</div>
<div class="sq-nav">⟦m 首页　社区公告　办事指南　志愿服务　邻里圈⟧</div>
<div class="sq-crumb">⟦m 首页 › 社区公告⟧</div>
<div class="sq-art"><h2>{T}</h2>
<div class="sq-meta">⟦m 发布人：社区综治办　　阅读 812⟧</div>
{BODY}
</div>
<div class="sq-grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　网格员：侯念真⟧</p><p>⟦w 网格员手机：139 7390 2216⟧</p></div>
<div class="sq-wy">⟦w 物业报修：0739-6730500　夜间值班：0739-6730511⟧</div>
<div class="sq-foot">⟦m 骐乐社区居委会　地址：瓘城区骐乐路9号⟧ ⟦d 社区网站信息仅供本社区居民参考⟧</div>
</body></html>
""",
        body="""
各位居民：
去年社区为1至12栋住户免费安装了独立式烟感报警器。为确保报警器正常工作，社区将联合瓘城区消防救援站，于10月13日至10月24日入户检测。现将有关事项通知如下：
一、检测内容：按键自检、测试烟雾报警、电池电量检查，电量不足的现场免费更换电池。
二、检测时间：每天9:00-11:30、15:00-18:00，按楼栋顺序进行，具体安排张贴在各单元门口。
三、白天不在家的住户，可扫描单元门口的二维码预约晚上或周末检测。
检测人员均佩戴社区工作证，不收取任何费用，不推销任何产品，请居民注意防范冒充人员。
咨询电话：0739-6731172（社区综治办）。
骐乐社区居民委员会
2025年10月9日
""",
    ),
    dict(
        slug="community-congyuan-pledge-cooker-wrapped",
        site="璁苑社区 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://congyuan.example-shequ.cn/tz/2025-01-06-1.html",
        title="关于安全使用高压锅和燃气灶具的倡议书",
        record_title="璁苑社区｜关于安全使用高压锅和燃气灶具的倡议书（请转告家中老人）",
        date="2025-01-06",
        notes="residents' page hard-wrapped at 68 columns; numbered list; 成文日期 under the signature; a grid member line and property line below",
        page="""
!m 璁苑社区居民之家
!m 首页 > 社区公告
!t 关于安全使用高压锅和燃气灶具的倡议书
!m 社区居委会　｜　阅读 466　｜　点赞 38
{BODY}
!w 本楼栋网格员：魏小棠　138 7392 6618
!w 物业服务中心：0739-6812300
!l 返回社区公告列表
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
社区的居民朋友们：
春节临近，家家户户厨房里炖肉、蒸菜的时间多了，高压锅和燃气灶使用频繁。上个月，社区一户居民高压锅排气孔堵塞，锅盖冲开，所幸没有伤人。为了大家的安全，社区居委会倡议：
1.用高压锅前先看一看：密封圈有没有老化，排气孔、安全阀通不通，锅盖要扣到位再开火。
2.用高压锅时守一守：开火后人不离灶，听到排气声音不正常要马上关火。
3.开高压锅时等一等：自然冷却、浮子阀落下后再开盖，不要用冷水冲，更不能硬撬。
4.燃气灶用完关一关：做完饭关好灶具开关和燃气总阀，定期检查软管有没有老化、松动。
5.家有老人多说一说：请年轻人把这份倡议读给家里老人听，帮老人检查一遍锅和灶。
璁苑社区居民委员会
2025年1月6日
""",
    ),
    dict(
        slug="association-wenfang-minutes-inkpad-committee",
        site="璿州市文房四宝协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="html",
        source="https://www.xzwenfang.example.org/xhdt/2025/0422/271.html",
        title="印泥专业委员会2025年第一次会议纪要",
        record_title="〖会务〗印泥专业委员会2025年第一次会议纪要-璿州市文房四宝协会",
        date="2025-04-18",
        date_also=["2025-04-22"],
        notes="association site: member-login row and member hotline; the minutes' 时间/地点/主持/出席/列席/记录 lines and a vote count stay in the body, 时间 gives the date; page date differs",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖会务〗印泥专业委员会2025年第一次会议纪要-璿州市文房四宝协会</title></head>
<body>
<div class="xh-top">⟦m 璿州市文房四宝协会⟧ <a>⟦a 会员单位登录⟧</a> <a>⟦a 申请入会⟧</a></div>
<div class="xh-nav">⟦m 协会首页 | 协会概况 | 协会动态 | 会员风采 | 行业标准⟧</div>
<div class="xh-pos">⟦m 当前：协会动态⟧</div>
<div class="xh-art"><h1>{T}</h1>
<p class="xh-info">⟦m 发布时间：2025-04-22　　供稿：协会秘书处⟧</p>
{BODY}
</div>
<div class="xh-prev">⟦l 往期纪要：2024年印泥专委会年会纪要⟧</div>
<div class="xh-foot">⟦w 会员服务专线：0739-2815566⟧ ⟦m 协会地址：璿州市明璏大道文化大厦12楼⟧ ⟦m 湘ICP备19000832号⟧</div>
</body></html>
""",
        body="""
时间：2025年4月18日上午9时
地点：协会12楼会议室
主持：专委会主任马秉坤
出席：专委会委员11人
列席：协会秘书处 卢砚秋
记录：专委会秘书 温晓池
会议讨论了以下事项：
一、审议通过《朱砂印泥团体标准（征求意见稿）》。与会委员一致认为，标准应明确朱砂含量、耐光性和渗油等指标，会后由秘书处向会员单位征求意见。表决结果：同意11票，反对0票，弃权0票。
二、确定今年“印泥制作技艺”培训班于7月在瑳田镇举办，每家会员单位可推荐学员2名。
三、通报了近期市场上以化学颜料冒充朱砂印泥的情况，会议决定发布自律倡议，并向市场监管部门反映。
""",
    ),
    dict(
        slug="association-jiadian-pledge-kettle-quality",
        site="瑽阳市家用电器商会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.cyjdsh.example.org.cn/news/show-552.html",
        title="电热水壶行业质量自律倡议书",
        record_title="【自律公约】电热水壶行业质量自律倡议书（全文）_瑽阳市家用电器商会",
        date="2025-03-15",
        notes="association page as text: the chamber's name is the site name at the top and the signature (head match); numbered pledges; 成文日期 under the signature; join prompt and member hotline",
        page="""
!m 瑽阳市家用电器商会
!m 首页 >> 商会动态 >> 行业自律
{T}
!m 来源：商会秘书处　　时间：2025-03-17　　阅读：355
{BODY}
!a 成为商会会员，享受检测、培训、维权等服务 → 立即申请
!w 会员服务热线：0739-5102288
!m 瑽阳市家用电器商会　版权所有
""",
        date_also=["2025-03-17"],
        indent="\u3000\u3000",
        body="""
为落实电热水壶产品质量安全主体责任，维护消费者合法权益，在3·15国际消费者权益日到来之际，瑽阳市家用电器商会向全市电热水壶生产、销售企业发出如下倡议：
一、守住安全底线。生产企业严格执行国家标准，确保防干烧、温控、防漏电装置有效；不生产、不销售无3C认证产品。
二、如实标注信息。规范标注额定功率、容量、材质和生产日期，不夸大宣传，不以“食品级”“医用级”等字样误导消费者。
三、落实售后责任。建立进货查验和销售台账，发现产品存在安全缺陷的，主动停售、召回。
四、接受社会监督。欢迎广大消费者和新闻媒体对会员企业的产品质量进行监督。
瑽阳市家用电器商会
2025年3月15日
""",
    ),
    dict(
        slug="company-xuanguang-news-binocular-launch",
        site="璿光光学仪器有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.xuanguang-optics.example.com/news/company/2025-06-18-88.html",
        title="璿光光学发布轻量化8×32观鸟双筒望远镜",
        record_title="新品速递 ▪ 璿光光学发布轻量化8×32观鸟双筒望远镜 | 璿光光学",
        date="2025-06-18",
        notes="company site: cookie notice, a service float; the title repeated and glued to the news lead; a dotted company date is the date; a product-ad line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>新品速递 ▪ 璿光光学发布轻量化8×32观鸟双筒望远镜 | 璿光光学</title>
<script src="/assets/js/cookie-bar.js"></script></head>
<body>
<div class="cookie">⟦d 我们使用Cookie改善您的浏览体验，继续访问即表示您同意此做法⟧ <button>⟦a 知道了⟧</button></div>
<header>⟦m 璿光光学⟧ ⟦m 看得更远，看得更清⟧ <nav>⟦m 产品中心 · 解决方案 · 新闻动态 · 服务支持 · 关于我们⟧</nav></header>
<div class="crumb">⟦m 首页 / 新闻动态 / 公司新闻⟧</div>
<article><h1>{T}</h1>
<time>⟦m 2025/06/18⟧</time>
{BODY}
</article>
<div class="next">⟦l 下一篇：璿光光学亮相2025璿州户外用品展⟧</div>
<div class="float-kf">⟦w 在线客服⟧ ⟦w 售后服务 400-660-3288⟧</div>
<footer>⟦m © 2025 璿光光学仪器有限公司⟧ ⟦m 湘ICP备17029915号-1⟧</footer>
</body></html>
""",
        body="""
⟦t 璿光光学发布轻量化8×32观鸟双筒望远镜⟧6月16日，璿光光学仪器有限公司在璿州发布新款观鸟双筒望远镜“翠羽8×32”，整机重量仅460克。
这款望远镜采用全镁合金机身和充氮防水结构，最近对焦距离1.5米，适合在林间观察小型鸣禽。为照顾戴眼镜的用户，出瞳距离加长到17毫米。
⟦a 翠羽系列现已上架官方商城，点击选购⟧
公司产品总监鲁闻笛介绍，研发团队用了两年时间，在琎河湿地和璈岭林区反复试用样机，听取了上百位观鸟爱好者的意见。
新品将于7月1日起在全国各地经销门店上市，首批产品同时捐赠给璿州三所中学的观鸟社团。
""",
    ),
    dict(
        slug="company-ledinghui-recall-cooker-batches",
        site="乐鼎汇炊具有限公司 (invented)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="http://www.ledinghui.example.cn/gonggao/20250722.html",
        title="关于主动召回部分批次家用高压锅的公告",
        record_date="2025-07-22",
        date="2025-07-22",
        notes="company page as text, record gives title and date: recalled batches in a table; the recall line in the body beside the company's 400 order line",
        page="""
!m 乐鼎汇炊具　　好锅，炖出好日子
!m 首页 | 产品中心 | 新闻公告 | 售后服务 | 联系我们
{T}
!m 发布：乐鼎汇炊具　　2025-07-22
{BODY}
!w 订购热线：400-811-6688　　天猫官方旗舰店：乐鼎汇炊具旗舰店
!m Copyright © 乐鼎汇炊具有限公司　粤ICP备16088321号
""",
        indent="\u3000\u3000",
        body="""
尊敬的用户：
我公司在质量跟踪中发现，2024年10月至12月生产的部分批次LD-22型家用高压锅，因限压阀阀座铆接不牢，长期使用后可能出现松动漏气，存在安全隐患。为保障用户安全，我公司决定主动召回上述产品。涉及批次如下：
产品型号　生产批号　生产日期　数量（口）
LD-22　2410A07　2024年10月　4200
LD-22　2411B12　2024年11月　3860
LD-22　2412A03　2024年12月　2910
请用户查看锅底标签上的批号，属于召回范围的请立即停止使用，联系我公司免费更换新锅盖组件，往返运费由我公司承担。
召回专线：0739-5566120（每天8:00-20:00）。
乐鼎汇炊具有限公司
2025年7月22日
""",
    ),
    dict(
        slug="training-anxun-brochure-smoke-alarm-weekend",
        site="安训消防职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.anxunpeixun.example.com/zsjz/2025qiu.html",
        title="消防设施操作员（烟感报警系统方向）周末班招生简章",
        record_title="【秋季周末班】消防设施操作员（烟感报警系统方向）周末班招生简章（包教包会）- 安训学校",
        date=None,
        notes="training school: promo banner, consult float; a course table; the school's 报名电话 in the body beside a 400 franchise line; a brochure with no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【秋季周末班】消防设施操作员（烟感报警系统方向）周末班招生简章（包教包会）- 安训学校</title></head>
<body>
<div class="promo">⟦a 9月报名立减300元，老学员推荐再送实操课时⟧</div>
<div class="hd">⟦m 安训消防职业培训学校⟧ ⟦m 璿州市人社局备案培训机构⟧ <span>⟦w 加盟合作：400-633-9119⟧</span></div>
<div class="nav">⟦m 首页 · 课程设置 · 招生简章 · 师资力量 · 学员风采⟧</div>
<div class="main"><h1>{T}</h1>
<div class="info">⟦m 浏览：2316　　分类：招生简章⟧</div>
{BODY}
</div>
<div class="consult">⟦w 课程顾问在线，点我咨询学费优惠⟧</div>
<div class="ft">⟦m 安训消防职业培训学校　地址：璿州市学苑路66号⟧ ⟦d 本站内容最终解释权归安训学校所有⟧</div>
</body></html>
""",
        body="""
为满足物业、商场、酒店等单位对消防设施操作人员的需求，本校开设消防设施操作员（烟感报警系统方向）周末班，帮助学员掌握火灾自动报警系统的日常操作和维护技能。
一、招生对象：年满18周岁，初中及以上文化程度，身体健康。
二、课程安排：
课程　课时　内容
消防基础知识　16　燃烧原理、消防法规
烟感报警器实操　24　安装位置、功能测试、故障排除
控制室值班　16　报警处置、记录填写
三、学费：2680元（含教材、实操耗材），结业后可报名参加职业技能等级认定。
四、报名方式：携身份证复印件和两张一寸照片到校报名，报名电话：0739-2861190。
""",
    ),
    dict(
        slug="training-jinhe-insight-birding-guide-oneline",
        site="琎河自然学校 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.jinhenature.example.org/xueyuan/xinsheng/63.html",
        title="观鸟向导培训班结业心得",
        record_title="【学员心声】观鸟向导培训班结业心得｜琎河自然学校",
        date=None,
        notes="training school page as text, the body on one line; course ad and consult lines; no date (posted 4 天前)",
        page="""
!m 琎河自然学校　　带孩子走进真实的自然
!m 首页　课程　向导培训　学员心声　联系我们
!t 【学员心声】观鸟向导培训班结业心得
!m 学员：第五期 覃晓岚　　4 天前
{BODY}
!a 第六期观鸟向导培训班火热报名中 →
!w 咨询课程请加助教微信：jinhe-niaoniao
!d 学员心声经学员本人同意发布
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
参加琎河自然学校第五期观鸟向导培训班，是我今年做得最对的一件事。
培训第一天，老师没讲鸟，先讲望远镜。怎么调屈光度、怎么用中央调焦轮、怎么先用眼睛锁定目标再举镜，我们在操场上对着旗杆顶练了整整一上午。以前我总是举起望远镜就找不到鸟，原来是方法不对。
十二天里，我们走了琎河湿地的六条样线，认识了八十多种鸟。最难的是带队实习，要一边帮游客调望远镜，一边讲鸟的习性，还要照顾好孩子们的安全。
结业时老师说，好的观鸟向导不是自己看到多少鸟，而是让别人看到鸟。这句话我会一直记着。
""",
    ),
    dict(
        slug="fanwenapp-bijian-report-logistics-kettles",
        site="笔尖范文 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bijianfanwen.example.com/share/article?id=771205&from=wx",
        title="学校后勤服务中心主任2024年度述职报告",
        record_title="学校后勤服务中心主任2024年度述职报告（可直接套用）· 笔尖范文",
        date="2025-01-08",
        notes="writing app share page: open-app mask, a fold and an AI-rewrite button glued after a sentence, a VIP line between paragraphs; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>学校后勤服务中心主任2024年度述职报告（可直接套用）· 笔尖范文</title>
<script>window.__share={aid:771205}</script></head>
<body>
<div class="open-app">⟦a 打开笔尖范文App，海量范文一键改写⟧ <button>⟦a 去App看⟧</button></div>
<div class="art"><h1>{T}</h1>
<div class="meta">⟦m 笔尖范文 · 述职报告 · 3.6万人看过⟧</div>
{BODY}
<div class="fold">⟦a 展开剩余60%⟧</div>
</div>
<div class="rec"><h3>⟦l 为你推荐⟧</h3><p>⟦l 学校总务主任述职报告（3篇）⟧</p><p>⟦l 后勤管理工作年度总结范文⟧</p></div>
<div class="mask">⟦a 在App内查看全文，新用户免费领7天会员⟧</div>
</body></html>
""",
        body="""
各位领导、老师们：
2024年，我担任学校后勤服务中心主任，带领中心9名职工做好全校师生的生活保障。现将一年来的工作述职如下。
一、解决学生宿舍喝水难。针对宿舍私用电热水壶屡禁不止的问题，我们没有只靠收缴，而是多方筹集资金，在6栋学生宿舍每层安装温开水直饮机共48台，晚自习后延长供水到23点。下半年宿舍违规电器查出数比上年下降了八成。⟦a ✨AI帮你改写这段⟧
⟦a 开通VIP，全文免费复制⟧
二、抓好食堂和用电安全。全年开展安全检查24次，更换老化线路1.2千米、插座310个，未发生安全事故。
三、存在的不足。服务意识还需加强，部分维修报修响应不够及时。
新的一年，我将继续改进工作，为师生办好每一件实事。
述职人：裴怀远
2025年1月8日
""",
    ),
    dict(
        slug="fanwenapp-xiezuomao-host-script-birding-festival",
        site="写作猫范文 (invented writing app, text share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.xiezuomao.example.cn/s/Fq82Kd",
        title="琎河湿地观鸟节开幕式主持词",
        record_title="琎河湿地观鸟节开幕式主持词（双人版）- 写作猫",
        date=None,
        notes="writing app share as text: a host script with 甲/乙/合 lines; an open-app prompt and a fold between paragraphs; no date",
        page="""
!a 写作猫App内打开，体验更流畅　［打开］
{T}
!m 写作猫 · 主持词 · 1.2万次阅读
{BODY}
!a 复制全文需登录　　下载Word需会员
!l 相关推荐：开幕式主持词通用版｜自然教育活动主持稿
""",
        indent="",
        body="""
甲：尊敬的各位领导、各位来宾，
乙：亲爱的观鸟爱好者们，朋友们，
合：大家上午好！
甲：又是一年候鸟归来时。今天，我们相聚在美丽的琎河湿地，共同迎来第三届琎河湿地观鸟节。
乙：这几天，湿地里来了成群的白琵鹭和小天鹅，它们和我们一样，都是观鸟节的客人。
⟦a 登录后继续阅读剩余内容⟧
甲：本届观鸟节为期三天，将举办观鸟比赛、自然讲堂和青少年观鸟营等活动。
乙：观鸟站为大家准备了一百台双筒望远镜，凭身份证可免费借用。
甲：请大家文明观鸟，不惊扰、不投喂、不追逐鸟类。
合：现在我宣布，第三届琎河湿地观鸟节开幕式正式开始！
""",
    ),
    dict(
        slug="examforum-shangan-essay-inkpad-integrity-jammer",
        site="上岸论坛 (invented civil-service exam forum, Discuz-like)",
        style="公考论坛",
        genre="申论文章",
        kind="other",
        form="html",
        source="https://bbs.shangan.example.com/thread-771840-1-1.html",
        title="一方印泥里的诚信",
        record_title="[申论小练] 一方印泥里的诚信（第一次写，求轻拍）- 申论交流 - 上岸论坛",
        date=None,
        notes="exam forum: jammer-font junk, a reply-to-see prompt, a rating row and a QQ-group ad; posted 6 天前 (no date)",
        page="""
<html><head><meta charset="utf-8"><title>[申论小练] 一方印泥里的诚信（第一次写，求轻拍）- 申论交流 - 上岸论坛</title></head>
<body>
<div id="hd">⟦m 上岸论坛⟧ ⟦m 考公考编 一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸论坛 › 申论交流 › 习作点评⟧</div>
<div class="pls">⟦m 备考第二年的阿禾⟧ ⟦m 积分 422⟧</div>
<div class="plc"><h1>⟦t [申论小练] 一方印泥里的诚信（第一次写，求轻拍）⟧</h1>
<div class="authi">⟦m 发表于 6 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的批改意见需回复后可见⟧</div>
<div class="rate">⟦l 评分　参与人数 3　金币 +6⟧</div></div>
<div class="ad">⟦w 申论一对一批改，QQ群 823301947⟧</div>
<div id="ft">⟦m 上岸论坛 © 2025⟧ ⟦m 鲁ICP备20033185号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
在瑳田镇的老街上，有一家做了一百多年的印泥作坊。作坊的规矩是：朱砂不够数，宁可不卖。一方小小的印泥，守着的是一份诚信。
印泥是为印章服务的。古时候，契约、文书盖上印，就代表承诺；印泥好，印迹百年不褪，承诺也就经得起时间检验。可以说，印泥的成色，就是诚信的成色。
今天，电子签章日渐普及，但诚信的分量没有变轻。少数企业合同盖了章却不履约，个别商家以次充好，用化学颜料冒充朱砂印泥，伤害的不只是消费者，更是市场的信用根基。
守诚信，需要每个人像老作坊那样较真，也需要制度为诚信撑腰。健全信用记录，让守信者处处受益、失信者寸步难行，诚信才能像好印泥一样，历久弥新。
""",
    ),
]
