"""holdout212, part F: a training school's text page, university sites, cloud drives,
search-engine snapshots, print views and forwarded mails. Every page, place, person,
firm, number, address and URL is invented; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="school-tiebi-diary-pullup-bar-police-exam",
        site="铁臂警考体能培训 (invented training school, text page)",
        style="培训机构",
        genre="学员日记",
        kind="other",
        form="text",
        source="https://www.tiebi-jk.com/xueyuan/gushi/088.html",
        title="从零个到十二个：我的单杠引体向上训练日记",
        record_title="【学员心路】从零个到十二个：我的单杠引体向上训练日记 - 铁臂警考体能",
        date=None,
        notes="a trainee's diary (no date); a training-plan link glued after a sentence; a free fitness-assessment prompt and a coach's WeChat below",
        page="""
!m 铁臂警考体能培训 · 专注公安、消防体能测评
!m 首页 / 学员故事 / 正文
{T}
!m 学员：小满（2024届）　浏览 1,322
{BODY}
!a 预约一次免费体能评估，看看你离合格线还有多远
!w 咨询教练微信：tiebi_coach01
!l 更多学员故事：三个月把一千米跑进三分四十秒　|　女生仰卧起坐怎么练
!m 铁臂警考体能培训 tiebi-jk.com
""",
        body="""
报名铁臂体能班的时候，我一个引体向上都拉不上去，在单杠上吊着像一根晒着的腊肠。
第一周，教练没让我直接拉，而是每天练三组悬垂，每组吊到坚持不住为止，再加上弹力带辅助的离心下放。⟦a 〔领取同款八周训练计划〕⟧手掌磨出了两个水泡，晚上拿筷子都发抖。
第三周，我第一次靠自己拉上去一个，激动得在单杠下面转了一圈。教练说，最难的一个已经过去了，后面就是一个一个往上加。
第八周模拟测试，我拉了十二个，比体测合格线多了两个。回头看这两个月，最重要的不是天赋，而是每天都上杠。
""",
    ),
    dict(
        slug="univ-tzsport-news-vaulting-workshop-h1",
        site="韬州体育职业学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tzsport.edu.cn/info/1021/8837.htm",
        title="体育教育系“跳箱教学安全工作坊”开课",
        record_title=None,
        date="2024-11-06",
        notes="university news page: no record title (the <h1>); a dotted byline date; a photo caption between paragraphs; a 供稿/摄影/编辑 line and a view counter",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>体育教育系“跳箱教学安全工作坊”开课-韬州体育职业学院</title>
<script src="/system/resource/js/counter.js"></script>
</head><body>
<div class="top">⟦m 韬州体育职业学院⟧ ⟦m 强体 明德 精技⟧ <a>⟦a 信息门户⟧</a> <a>⟦a 邮箱⟧</a></div>
<div class="nav">⟦m 学院首页　学院概况　院系设置　招生就业　校园新闻⟧</div>
<div class="crumb">⟦m 当前位置：学院首页 &gt; 校园新闻 &gt; 院系动态⟧</div>
<div class="news">
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2024.11.06　点击数：<span id="dynclicks">688</span>⟧</div>
<div class="v_news_content">
{BODY}
</div>
<p class="editor">⟦m 供稿：体育教育系　摄影：学生记者团　编辑：党委宣传部⟧</p>
<div class="pn">⟦l 上一条：我院学子在省大学生田径锦标赛中获佳绩⟧<br>⟦l 下一条：学院召开冬季校园安全工作会⟧</div>
</div>
<div class="foot">⟦m 地址：韬州市弢城区学苑路2号　邮编：410300　湘ICP备05003317号⟧</div>
</body></html>
""",
        body="""
11月5日下午，体育教育系在学院体操馆举办“跳箱教学安全工作坊”，来自本系和周边四所中小学的五十余名体育教师参加。
工作坊由体操教研室主任程蔚主讲。她结合近年来中小学跳箱课的典型受伤案例，讲解了踏跳板距离设置、保护帮助站位和落地缓冲三项关键技术，并组织学员分组轮换练习保护帮助。
⟦m 图为学员分组练习跳箱保护帮助⟧
“以前总担心学生在跳箱上出事，今天学的站位方法很实用。”殳溪县实验小学体育教师傅蕾说。
据悉，该工作坊今后将每学期举办两期，并录制成视频课程，供合作学校教师在线学习。
""",
    ),
    dict(
        slug="univ-nuyang-normal-notice-pullup-area-closed",
        site="弩阳师范学院体育学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://tyxy.nynu.edu.cn/tzgg/2024/0408/1290.html",
        title="关于田径场单双杠区域封闭施工的通知",
        record_title="关于田径场单双杠区域封闭施工的通知 - 体育学院 · 弩阳师范学院",
        date="2024-04-08",
        notes="a college notice: font-size row, an address footer; two signing offices and the date",
        page="""
!m 弩阳师范学院 体育学院
!m 首页 >> 通知公告
{T}
!m 作者：院办　点击：1,044
!a 【大 中 小】【关闭窗口】
{BODY}
!m 弩阳师范学院体育学院　地址：弩阳县学府路1号　邮编：418500
""",
        body="""
各学院、各位师生：
为改善训练条件，学校将对田径场东侧单双杠区域进行地面改造，拆除原有沙地，铺设塑胶缓冲地面，并更换锈蚀的单杠四副。现将有关事项通知如下：
一、施工时间：2024年4月10日至5月10日。
二、施工期间该区域全封闭，请师生不要进入。体育课和体能测试中的单杠项目调整至体育馆一楼训练厅进行。
三、晨练的同学可使用学生公寓北侧健身点的单杠。
给大家带来的不便，敬请谅解。
体育学院　后勤保障处
2024年4月8日
""",
    ),
    dict(
        slug="pan-fengchao-plan-yoga-mat-distribution-pdf",
        site="蜂巢网盘 (invented cloud drive, HTML preview)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="html",
        source="https://pan.fengchao-pan.com/s/1kT9xQ2b",
        title="弢城区社区健身驿站瑜伽垫配发工作方案",
        record_title="弢城区社区健身驿站瑜伽垫配发工作方案.pdf",
        date="2024-05-28",
        notes="cloud-drive preview: file-name record title; share info with a relative time and validity, VIP download prompts; decimal headings 1.1–3.2; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>弢城区社区健身驿站瑜伽垫配发工作方案.pdf_免费高速下载|蜂巢网盘</title>
<script src="https://pan.fengchao-pan.com/static/share.js"></script>
</head><body>
<div class="fc-top">⟦m 蜂巢网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="fc-file"><h2>⟦t 弢城区社区健身驿站瑜伽垫配发工作方案.pdf⟧</h2>
<p>⟦m 分享者：tc_tyzh　分享于 5 天前　有效期：永久　大小：226KB⟧</p>
<button>⟦a 转存到蜂巢⟧</button> <button>⟦a 下载（SVIP极速通道）⟧</button> <button>⟦a 举报⟧</button></div>
<div class="fc-preview">
{BODY}
</div>
<div class="fc-vip">⟦a 普通用户预览仅限前 5 页，开通SVIP看全部⟧</div>
<div class="fc-foot">⟦d 请勿通过蜂巢网盘分享违法违规内容⟧ ⟦m ©2024 蜂巢网盘⟧</div>
</body></html>
""",
        body="""
为满足社区居民开展瑜伽、普拉提等垫上运动的需要，区体育总会决定为全区社区健身驿站统一配发瑜伽垫，特制定本方案。
1 配发范围
1.1 全区十八个社区健身驿站，每站配发瑜伽垫二十张、收纳架一个。
1.2 开设公益瑜伽课的驿站，可另行申请增配十张。
2 工作步骤
2.1 6月上旬，区体育总会汇总各驿站需求。
2.2 6月下旬，完成集中采购和质量抽检，重点检查厚度和气味。
2.3 7月上旬，各驿站到区全民健身中心领取。
3 管理要求
3.1 瑜伽垫登记入账，由驿站管理员负责借还。
3.2 每周擦拭消毒一次，破损的及时报修更换。
弢城区体育总会
2024年5月28日
""",
    ),
    dict(
        slug="pan-xiazi-summary-gymnastics-equipment-markers",
        site="匣子云盘 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.xiazi-yun.com/share/preview?id=5fa20c71",
        title="2024年度学校体操队器材管理工作总结",
        record_title="2024年度学校体操队器材管理工作总结.docx",
        date="2024-12-20",
        notes="file-name record title; a text preview cut by page markers '❈ 第n页 ❈' on lines of their own; 扫码报修 as content; signature date; a share time '昨天' is no date",
        page="""
!m 匣子云盘 · 文件预览
!t 2024年度学校体操队器材管理工作总结.docx
!m 38KB　分享时间：昨天　浏览 57 次
!a 保存到匣子　|　下载　|　转存
{BODY}
!a 非会员仅可预览前 3 页，开通匣子会员解锁全文
!d 文件由用户分享，匣子云盘不对文件内容负责
""",
        pages=dict(fmt="❈ 第{n}页 ❈", every=110, start=2),
        body="""
2024年，学校体操队在器材管理上坚持“谁使用、谁爱护，谁管理、谁负责”，全年未发生因器材问题导致的训练伤害。现将主要工作总结如下。
一、建立器材台账。对体操馆内的跳箱、跳马、单杠、高低杠等二十六件器材逐件编号，登记购置时间、使用年限和维修记录，做到一物一档。
二、落实日常检查。每次训练前由值日队员检查跳箱各层是否卡牢、箱盖是否破损，每月由教练组全面检查一次，全年发现并排除隐患十一处。
三、及时维修更新。更换跳箱箱盖两个、连接销十四个，报废超过使用年限的旧跳箱一台，新购五层跳箱两台。
下一步，我们将试行器材扫码报修，在每件器材上张贴二维码，进一步提高维修效率。
城关第一中学体操队
2024年12月20日
""",
    ),
    dict(
        slug="snapshot-tanxun-notice-dumbbell-zone-hours",
        site="探寻搜索 (invented search engine, snapshot frame)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.tanxun.com/c?u=http%3A%2F%2Fwww.tcqqmjs.cn%2Ftz%2F2024%2F0115.html",
        title="关于健身驿站哑铃区临时调整开放时间的通知",
        record_title="〈快照〉关于健身驿站哑铃区临时调整开放时间的通知 · 弢城区全民健身中心",
        date="2024-01-15",
        notes="snapshot frame: a capture banner with a capture date (no date), a highlighted-terms line, a view-current-page link; the cached page's own nav and footer; signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〈快照〉关于健身驿站哑铃区临时调整开放时间的通知 · 弢城区全民健身中心</title>
<script src="https://cache.tanxun.com/static/highlight.js"></script></head><body>
<div class="tx-cache" style="border:1px solid #ccc;background:#f7f7f7">
<p>⟦d 您正在查看的是探寻搜索保存的网页副本，抓取于 2024-02-03 06:12，当前页面可能已经更新⟧</p>
<p><a href="http://www.tcqqmjs.cn/tz/2024/0115.html">⟦a 打开当前网页 ›⟧</a>　⟦a 仅看文字版⟧</p>
<p>⟦m 已为您高亮的词：哑铃区　开放时间⟧</p></div>
<div style="position:relative">
<div class="site-head">⟦m 弢城区全民健身中心⟧ ⟦m 首页　场馆预约　健身课程　通知公告⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 编辑：场馆部　浏览：236⟧</p>
{BODY}
<div class="site-foot">⟦m 场馆预约电话：0730-8830066　湘ICP备19017620号⟧</div>
</div>
</body></html>
""",
        body="""
各位健身爱好者：
因镗岭路健身驿站哑铃区地面更换防砸橡胶地板，自1月18日至1月25日，哑铃区临时调整开放时间，每天仅在9:00至12:00开放，下午停止开放并进行施工。
施工期间，请不要在围挡区域内取放哑铃。需要进行力量训练的，可使用二楼固定器械区。
调整期间会员卡有效期顺延八天，无需另行办理。
弢城区全民健身中心
2024年1月15日
""",
    ),
    dict(
        slug="snapshot-mijing-text-notice-ebike-bell-check",
        site="觅径搜索 (invented search engine, text cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://kz.mijing.cn/text?url=http://gaj.jichuan.gov.cn/jjdd/20240611.html",
        title="关于开展电动自行车车铃免费检修活动的通知",
        record_title="关于开展电动自行车车铃免费检修活动的通知（文本缓存）- 觅径搜索",
        date="2024-06-11",
        notes="text cache: a cache banner with a relative crawl time, a link row; the traffic brigade's own 咨询电话; signature date",
        page="""
!d 觅径搜索文本缓存：本页抓取于 3 天前，图片与样式已省略
!a 查看原网页　|　带图缓存
!m 戟川县公安局交通警察大队 > 通知公告
{T}
{BODY}
!m 戟川县公安局交通警察大队　版权所有
""",
        body="""
广大电动自行车驾驶人：
为减少电动自行车与行人之间的交通事故，戟川县公安局交通警察大队联合县电动车行业协会，于6月15日至6月30日开展电动自行车车铃免费检修活动。
一、检修地点：县城人民广场、城北客运站、坨湾镇农贸市场三处服务点。
二、检修内容：车铃、刹车和灯光，现场更换损坏车铃，不收取任何费用。
三、请车主携带车辆登记证或购车凭证。
咨询电话：0745-3228122
戟川县公安局交通警察大队
2024年6月11日
""",
    ),
    dict(
        slug="print-lishan-bulletin-pullup-bar-inspection-footer",
        site="犁山县人民政府网 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.lishan.gov.cn/print.jsp?id=40177",
        title="关于全县健身路径单杠安全检查情况的通报",
        record_title="🖨 打印稿：关于全县健身路径单杠安全检查情况的通报",
        record_date="2024-10-30",
        date="2024-10-30",
        notes="print view calling window.print(): a print/close bar, the portal's URL as a print header, a print footer '✤ 第1页 ✤ 共1页 ✤'; a table, one row a paragraph; the record gives the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>🖨 打印稿：关于全县健身路径单杠安全检查情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script>
</head><body>
<div class="noprint">⟦a 打印本页⟧　⟦a 关闭窗口⟧</div>
<div class="print-head">⟦m 犁山县人民政府网　http://www.lishan.gov.cn⟧</div>
<h2 align="center">{T}</h2>
<div class="print-body">
{BODY}
</div>
<div class="print-foot">⟦p ✤ 第1页 ✤ 共1页 ✤⟧</div>
</body></html>
""",
        body="""
各乡镇综合文化站：
10月中旬，县体育中心组织对全县健身路径单杠进行了安全检查，共检查单杠一百零二副，发现问题十七副。现将检查情况通报如下：
乡镇　检查数　问题数　主要问题
犁山镇　28　3　立柱锈蚀
磙岭镇　21　6　横杠松动
畴溪乡　19　5　缓冲层缺失
塍下乡　34　3　焊点开裂
请各乡镇于11月15日前完成整改，并将整改前后照片报县体育中心。
犁山县体育中心
2024年10月30日
""",
    ),
    dict(
        slug="print-taocheng-rules-yoga-room-record-title",
        site="弢城区全民健身中心网站 (invented, print view as text)",
        style="打印页",
        genre="规程",
        kind="other",
        form="text",
        source="http://www.tcqqmjs.cn/print/gc-07.html",
        title="弢城区全民健身中心瑜伽室使用规程",
        date=None,
        notes="record title as is; a print view of rules with 第N条 articles (no date); a print stamp with a full date is no date; a print footer '⛬ 1 / 1 ⛬'",
        page="""
!m 弢城区全民健身中心 · 打印视图
!m 打印时间：2024-11-02 15:40　打印人：访客
{T}
{BODY}
!m 原文地址：http://www.tcqqmjs.cn/gc/07.html
!p ⛬ 1 / 1 ⛬
""",
        body="""
第一条　瑜伽室开放时间为每日9:00至21:00，每周一上午闭馆清洁。
第二条　进入瑜伽室须脱鞋，鞋子放入门口鞋柜，禁止穿鞋踩踏瑜伽垫。
第三条　公用瑜伽垫使用后，请用室内配备的消毒喷雾擦拭，卷好放回垫架。
第四条　自带瑜伽垫的，请保持清洁，不得在公用垫架存放过夜。
第五条　课程期间请将手机调至静音，不得大声喧哗。
第六条　身体不适或有慢性病史的，练习前请告知教练。
第七条　本规程由弢城区全民健身中心负责解释。
""",
    ),
    dict(
        slug="mail-tieqing-webmail-letter-custom-dumbbells-attachments",
        site="铁擎企业邮 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.tieqing-fit.com/read?mid=ZC3017-0821a",
        title="关于定制职工运动会纪念哑铃的函",
        record_title="转发：关于定制职工运动会纪念哑铃的函",
        date="2024-08-19",
        date_also=["2024-08-21"],
        notes="webmail reading view: a forwarded header with its own 抄送 line, an attachment bar beside the letter's own 附件 list and 抄送 line; the letter's contact, phone and mailbox; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于定制职工运动会纪念哑铃的函 - 铁擎企业邮</title>
<script src="/webmail/js/read.js"></script>
</head><body>
<div class="wm-top">⟦m 铁擎企业邮⟧ <span>⟦m sales@tieqing-fit.com⟧</span> <a>⟦a 写信⟧</a> <a>⟦a 收信⟧</a></div>
<div class="wm-folders">⟦m 收件箱(12)　星标邮件　已发送　草稿箱　垃圾箱⟧</div>
<div class="wm-read">
<div class="wm-bar">⟦a 回复　全部回复　转发　删除　标记为未读⟧</div>
<h3 class="wm-subject">⟦t 转发：关于定制职工运动会纪念哑铃的函⟧</h3>
<table class="wm-head">
<tr><td>⟦m 发件人：销售部 陶然 &lt;taoran@tieqing-fit.com&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2024年8月21日（星期三）上午9:42⟧</td></tr>
<tr><td>⟦m 收件人：生产部 &lt;scb@tieqing-fit.com&gt;⟧</td></tr>
<tr><td>⟦m 抄　送：总经理办公室 &lt;zjb@tieqing-fit.com&gt;⟧</td></tr>
</table>
<div class="wm-content">
<p>⟦m 请生产部评估一下交期，今天下班前回复我。⟧</p>
<p>⟦m ------------------ 原始邮件 ------------------⟧</p>
<p>⟦m 发件人：童雅 &lt;gh_tongya@tzport.com&gt;　发送时间：2024年8月19日 16:05⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="wm-attach"><p>⟦a 附件（2 个）：设计稿.png（1.2MB）　报价单.xlsx（12KB）⟧</p><p>⟦a 预览　下载　全部打包下载⟧</p></div>
</div>
<div class="wm-foot">⟦m 铁擎企业邮 · 由企业邮箱服务提供技术支持⟧</div>
</body></html>
""",
        body="""
韬州铁擎健身器材有限公司：
我公司工会拟于10月举办第五届职工运动会，需定制纪念哑铃一批，作为参赛职工纪念品。经比较，拟委托贵公司生产，具体要求如下：
一、规格：单只一公斤包胶哑铃，共六百只（三百副）。
二、颜色与标识：铃头为橙色，一端刻“韬州港务第五届职工运动会”字样，另一端刻公司标志。
三、交货时间：9月25日前送达我公司工会办公室。
请贵公司于8月30日前报价，并寄送样品一副。
联系人：工会办公室 童雅　电话：0730-8843516　邮箱：gh_tongya@tzport.com
附件：1．标识设计稿
2．报价单格式
韬州港务集团有限公司工会委员会
2024年8月19日
抄送：集团公司综合办公室
""",
    ),
    dict(
        slug="mail-fwd-text-letter-bell-samples-chamber",
        site="forwarded mail (invented, plain text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://mingling-parts.cn/inbox/20240508-0093",
        title="关于征集车铃样品开展团体标准验证测试的函",
        record_title="Fwd: 关于征集车铃样品开展团体标准验证测试的函",
        date="2024-05-06",
        date_also=["2024-05-08"],
        notes="a forwarded mail as text: the forwarder's note, From/Date/Subject/To headers, a mail-client signature; the chamber's own 联系人/电话; the send date differs from the letter's date",
        page="""
!m 转给生产技术科，请按要求准备样品，5月15日前交销售科。——销售科 郁
!m ---------- Forwarded message ---------
!m From: 犁山县自行车行业商会 <lscsh@163.com>
!m Date: 2024年5月8日 周三 10:12
!m Subject: 关于征集车铃样品开展团体标准验证测试的函
!m To: 鸣铃配件厂销售科 <sales@mingling-parts.cn>
{BODY}
!m 发自我的手机邮箱客户端
""",
        body="""
各会员企业：
为做好《自行车车铃团体标准》的编制工作，商会拟委托县产品质量检验所对市场上常见车铃开展验证测试，现向各会员企业征集样品。
一、样品要求：各企业报送在产车铃不同型号各三只，注明型号、材质和生产日期。
二、报送时间：5月20日前。
三、报送地址：犁山县商会大厦402室商会秘书处。
测试结果将作为标准技术指标的参考依据，不对外公开，测试费用由商会承担。
联系人：温婷　电话：0745-5130918
犁山县自行车行业商会
2024年5月6日
""",
    ),
]
