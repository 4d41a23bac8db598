"""holdout322, part F: exam forums, encyclopaedias and Q&A entries, cloud drives, search snapshots,
print views and forwarded mail.

Invented text, written by hand; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="shangan-exam-forum-interview-deodoriser-jammer",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganyz.com/thread-90331-1-1.html",
        title="社区发放的鞋柜除味盒被居民质疑是“三无产品”，你怎么办",
        record_title="【结构化·突发舆情】社区发放的鞋柜除味盒被居民质疑是“三无产品”，你怎么办 - 结构化面试 - 上岸驿站论坛",
        date=None,
        notes="exam forum with jammer fonts; reply-to-see prompt, a QQ-group ad, a rating row; an interview "
        "answer with a numbered structure, no date ('2 days ago')",
        page="""
<html><head><meta charset="utf-8">
<title>【结构化·突发舆情】社区发放的鞋柜除味盒被居民质疑是“三无产品”，你怎么办 - 结构化面试 - 上岸驿站论坛</title>
<style>font.jammer{font-size:0;color:transparent}</style>
<script src="/static/js/discuz.js"></script>
</head><body>
<div id="toptb">⟦m 上岸驿站论坛 · 公考人互助的地方⟧　<a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 上岸驿站 › 面试交流 › 结构化面试⟧</div>
<div class="qun">⟦w 面试模拟互评群 QQ：813307725（满员自动转二群）⟧</div>
<div class="pl"><div class="pls">⟦m 明年一定上岸　Lv.5 备考达人⟧</div>
<div class="plc"><h1>⟦t 【结构化·突发舆情】社区发放的鞋柜除味盒被居民质疑是“三无产品”，你怎么办⟧</h1>
<div class="authi">⟦m 发表于 2 天前　|　查看: 3177　|　回复: 64⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖后半部分“考官点评”需回复后可见⟧</div>
<div class="rate">⟦l 评分 3 人　上岸币 +15　理由：思路清晰⟧</div></div></div>
<div class="rep"><p>⟦l 1# 岸边等我：第三点分情况写得好，学到了⟧</p><p>⟦l 2# 考公第三年：开头可以再简洁点⟧</p></div>
<div id="ft">⟦m 上岸驿站论坛 shanganyz.com　苏ICP备20077815号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
题目：你是社区工作人员，社区联合爱心企业向居民免费发放鞋柜除味盒，有居民在业主群里说除味盒是“三无产品”，引起不少人跟帖。你怎么办？
我的作答思路如下，请大家指点。
第一，及时回应，稳定情绪。我会第一时间在群里说明社区已经注意到大家的疑问，正在核实，请大家暂停使用，核实结果当天公布。
第二，调查核实，查清事实。我会联系捐赠企业，查看产品的合格证明、检测报告和包装标识，必要时请市场监管所协助鉴定。
第三，分类处置，公开结果。如果产品合格，就把检测报告发到群里并张贴公示；如果确有问题，立即回收，向居民致歉，并追究企业责任。
第四，总结经验。今后社区接受捐赠物资，要先查验资质，再组织发放。
""",
    ),
    dict(
        slug="shangan-exam-forum-essay-egg-tray-cycle-junk",
        site="上岸驿站论坛 (invented exam forum)",
        style="公考论坛",
        genre="申论习作",
        kind="other",
        form="text",
        source="https://bbs.shanganyz.com/thread-90877-1-1.html",
        title="小蛋托里的循环账",
        record_title="[申论周练·第7篇] 小蛋托里的循环账（初稿，求拍砖）- 申论交流 - 上岸驿站论坛",
        date=None,
        notes="exam-forum essay with anti-scraping junk lines and junk glued after 。; no date ('yesterday')",
        page="""
!m 上岸驿站 › 笔试交流 › 申论交流
!t [申论周练·第7篇] 小蛋托里的循环账（初稿，求拍砖）
!m 楼主：青灯夜读　发表于 昨天 23:05　|　查看: 902　|　回复: 17
{BODY}
!a 回复本帖可查看批改意见
!l 1# 申论老周：三个“端”的结构清楚，结尾再升华一下
!l 2# 岸上见：mark，明天对照着改我的
!m 上岸驿站论坛 shanganyz.com　苏ICP备20077815号
""",
        junk=dict(lines=2, glued=3),
        body="""
一个纸浆蛋托，成本不过几毛钱，却折射出资源循环利用的大课题。
从生产端看，蛋托多以废纸为原料，本身就是循环经济的产物。有的企业用甘蔗渣等农业废弃物替代废纸，既降低了成本，又为农业废弃物找到了出路。
从消费端看，大量完好的蛋托用后即被丢弃。一些社区推出“蛋托换鸡蛋”，让居民把蛋托送回来，养殖户重复使用，一进一出之间，减少了垃圾，也拉近了邻里。
从治理端看，推动小物件循环，既要靠企业创新，也要靠制度引导。可以将蛋托等包装物纳入回收体系，对使用可循环包装的企业给予支持。
小蛋托里有大文章。把每一个“小循环”做实，才能汇成绿色发展的“大循环”。
""",
    ),
    dict(
        slug="boshi-encyclopedia-entry-switch-waterproof-cover",
        site="博识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.boshibaike.cn/item/开关防水盖/20551",
        title="开关防水盖",
        record_title="开关防水盖（电工配件）- 博识百科",
        date=None,
        notes="encyclopaedia: infobox, contents box, edit/discuss/history tabs, reference markers glued after "
        "sentences, an edit link glued to a section heading; the entry name also opens the body (head match)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>开关防水盖（电工配件）- 博识百科</title>
<link rel="stylesheet" href="/css/item.css">
</head><body>
<div class="bk-top">⟦m 博识百科 · 人人可编辑的知识库⟧ <input placeholder="搜索词条"> <a>⟦a 进入词条⟧</a></div>
<div class="tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<h1>{T}</h1>
<div class="infobox">⟦m 中文名：开关防水盖　别名：开关防溅盒、防水翻盖　类别：电工配件　常见规格：86型⟧</div>
<div class="toc">⟦m 目录 1 结构 2 规格 3 使用注意⟧</div>
<div class="body">
{BODY}
</div>
<div class="ref"><h3>⟦m 参考资料⟧</h3><p>⟦m [1] 住宅电气安装常见问题问答. 电工之友, 2023⟧</p><p>⟦m [2] 外壳防护等级（IP代码）相关标准说明⟧</p></div>
<div class="edit-info">⟦m 词条浏览 12,406 次　最近更新于 3 个月前　编辑次数 9⟧</div>
<div class="foot">⟦d 博识百科词条由网友共同编辑，内容仅供参考⟧ ⟦m © 博识百科 boshibaike.cn⟧</div>
</body></html>
""",
        body="""
开关防水盖是安装在墙壁开关、插座面板外侧的防护罩，用于防止水汽、水滴进入开关内部，多用于卫生间、厨房、阳台和户外。⟦l [1]⟧
结构⟦a ［编辑本节］⟧
常见的开关防水盖由底座和翻盖两部分组成，翻盖多为透明材料，内侧带有密封条。部分产品的翻盖带有弹簧，使用后可自动闭合。
规格
国内家用产品多与86型面板配套，也有118型、120型等规格。防护等级常见的有IP44、IP55等。⟦l [2]⟧
使用注意
防水盖只能减少水汽进入，不能代替合理的开关位置设计。开关面板已经损坏的，应先更换面板再加装防水盖。
""",
    ),
    dict(
        slug="baizhi-qa-cushion-washing-question-line",
        site="百知问答 (invented encyclopaedia Q&A)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.baizhi-baike.com/q/3390187",
        title="椅垫多久清洗一次比较好？",
        record_title=None,
        date=None,
        notes="no title in the record: the question line; the best answer is the body; 'updated 2 days ago' "
        "is no date",
        page="""
!m 百知问答 · 生活百科
!m 分类：居家 > 清洁收纳
{T}
!m 3 个回答　｜　被浏览 6,218 次
!m 最佳回答　来自“家务研究所”　｜　更新于 2 天前
{BODY}
!a 👍 有用 402　　收藏　　转给微信好友
!l 相关问题：记忆棉椅垫能放洗衣机吗？｜椅垫发霉了怎么处理？
!d 本回答由网友提供，仅供参考
""",
        body="""
椅垫的清洗频率要看材质和使用场合。
家用布艺椅垫，一般建议每月清洗一次；有小孩或宠物的家庭，最好两周一次。
办公室椅垫每天久坐，容易积汗，外套至少每两周拆洗一次；海绵或记忆棉芯不要整体水洗，可以放在通风处晾晒，再用吸尘器清理表面灰尘。
乳胶、记忆棉椅垫怕暴晒，晾晒时要避开中午的强光，以免老化变硬。
公共场所的椅垫，如医院候诊区、养老机构，应当建立清洗消毒制度，一般每周至少清洗消毒一次。
""",
    ),
    dict(
        slug="xiayun-netdisk-plan-canteen-table-mats-pdf",
        site="匣云网盘 (invented cloud drive)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.xiayun.cn/s/7kQ2xbLm",
        title="瓅水县第一中学食堂餐桌桌垫更换实施方案",
        record_title="瓅水县第一中学食堂餐桌桌垫更换实施方案.pdf",
        date="2025-01-10",
        notes="cloud-drive preview: file-name record title, VIP prompts, share stamp (no date); decimal headings; "
        "成文日期 under the office's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>瓅水县第一中学食堂餐桌桌垫更换实施方案.pdf_在线预览与下载｜匣云网盘</title>
<link rel="stylesheet" href="/css/share.css">
<script src="/js/preview.js"></script>
</head><body>
<div class="yz-head">⟦m 匣云网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="yz-file"><h2>⟦t 瓅水县第一中学食堂餐桌桌垫更换实施方案.pdf⟧</h2>
<p>⟦m 分享者：一中总务　｜　2025-02-26 分享　｜　文件大小 412KB　｜　失效时间：永久有效⟧</p>
<p>⟦a 保存到网盘　下载　举报⟧</p></div>
<div class="yz-preview"><p class="pv-tip">⟦a 当前为文档预览，部分格式可能有偏差⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="yz-vip">⟦a 超级会员下载不限速，首月仅需6元⟧</div>
<div class="yz-foot">⟦d 匣云网盘严厉打击违法违规内容分享，如发现请点击举报⟧ ⟦m © 2025 xiayun.cn⟧</div>
</body></html>
""",
        body="""
1 项目背景
学校食堂现有餐桌320张，原有PVC桌垫使用已满三年，多数出现卷边、开裂，清洁难度大，师生意见较多。
2 更换方案
2.1 更换范围：一楼、二楼餐厅全部餐桌。
2.2 产品要求：选用食品接触级硅胶桌垫，耐高温不低于120℃，无异味，边缘平整。
2.3 实施时间：寒假期间完成，不影响开学就餐。
3 日常管理
3.1 每餐结束后由保洁人员用热水擦洗桌垫，每周拆下刷洗消毒一次。
3.2 桌垫出现破损的，由食堂管理员登记后及时更换。
瓅水县第一中学总务处
2025年1月10日
""",
    ),
    dict(
        slug="xiayun-netdisk-rules-egg-tray-disinfection-wps-markers",
        site="匣云网盘 (invented cloud drive)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://pan.xiayun.cn/s/3mTr9wQe",
        title="蛋托回收消毒操作规程",
        record_title="蛋托回收消毒操作规程.wps",
        date="2025-03-01",
        notes="cloud-drive text preview: file-name record title; page markers on lines of their own cut "
        "articles; 第N条 articles; the issuing farm's date under the signature; share stamp is relative",
        page="""
!m 匣云网盘 · 文件预览
!t 蛋托回收消毒操作规程.wps
!m 分享者：绿源养殖场　｜　大小 34KB　｜　分享于 1 个月前　｜　有效期：永久
!a 保存到我的网盘　｜　下载（普通用户限速）　｜　举报
{T}
{BODY}
!a 开通匣云超级会员，预览文档不限页数
!d 请勿通过网盘分享违法违规内容，一经发现将取消分享
!l 该用户的其他分享：蛋鸡免疫程序表.xls　鸡舍消毒记录表.doc
""",
        pages=dict(fmt="⚈第{n}页⚈", every=75, start=2),
        body="""
第一条　为规范回收蛋托的清洗消毒，防止交叉污染，制定本规程。
第二条　本规程适用于本场回收的塑料蛋托。纸浆蛋托一律不回收复用。
第三条　回收的蛋托应先人工分拣，剔除破损、变形和沾有粪污难以清洗的蛋托。
第四条　分拣后的蛋托放入清洗机，用40℃至50℃的温水加清洗剂冲洗，再用有效氯浓度为每升200毫克的消毒液浸泡不少于20分钟。
第五条　消毒后的蛋托用清水冲净，放在晾架上自然晾干，晾干前不得叠放。
第六条　清洗消毒情况应逐批记录，记录保存不少于两年。
琄江县绿源蛋鸡养殖场
2025年3月1日
""",
    ),
    dict(
        slug="jigu-snapshot-library-cushion-washing-notice",
        site="汲古搜索快照 (invented search cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.jigu.cn/c?u=http%3A%2F%2Fwww.lsxlib.cn%2Fggtz%2F1030.html",
        title="关于阅览室椅垫集中清洗期间调整开放时间的通知",
        record_title="〖快照〗关于阅览室椅垫集中清洗期间调整开放时间的通知 — 瓅水县图书馆 · 汲古搜索",
        date="2025-10-30",
        notes="search-cache frame: a capture banner with highlighted terms and the capture time (no date); the "
        "library page's own chrome inside the frame; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖快照〗关于阅览室椅垫集中清洗期间调整开放时间的通知 — 瓅水县图书馆 · 汲古搜索</title>
<base href="http://www.lsxlib.cn/ggtz/1030.html">
</head><body>
<div class="xd-cache" style="border:1px solid #ccc;background:#fffbe6">
<p>⟦m 这里是汲古搜索保存的网页副本，原网页可能已经变化⟧</p>
<p>⟦m 副本保存于 2025-11-03 14:22　原地址：http://www.lsxlib.cn/ggtz/1030.html⟧</p>
<p>⟦m 已为你标亮：<b style="background:#ff0">椅垫</b> <b style="background:#0ff">清洗</b>⟧ <a>⟦a 不看副本，去原网页⟧</a></p></div>
<div class="lib-head">⟦m 瓅水县图书馆　书香瓅水⟧</div>
<div class="lib-nav">⟦m 首页⟧ ⟦m 本馆概况⟧ ⟦m 读者服务⟧ ⟦m 公告通知⟧ ⟦m 数字资源⟧</div>
<div class="lib-art"><h2>{T}</h2>
<p class="meta">⟦m 发布者：读者服务部　浏览：316⟧</p>
{BODY}
</div>
<div class="lib-foot">⟦m 开馆时间：周二至周日 9:00-20:30　咨询电话：0793-7718866⟧</div>
</body></html>
""",
        body="""
各位读者：
为给大家提供干净舒适的阅读环境，本馆将对一楼、二楼阅览室全部座椅椅垫进行集中拆洗消毒。清洗期间，开放时间调整如下：
一、11月4日至11月6日，一楼少儿阅览室暂停开放；
二、11月7日至11月9日，二楼成人阅览室暂停开放，读者可到三楼电子阅览室阅读；
三、外借服务不受影响，读者可正常办理借还书。
由此给您带来的不便，敬请谅解。
瓅水县图书馆
2025年10月30日
""",
    ),
    dict(
        slug="jigu-text-cache-consumer-tip-deodoriser",
        site="汲古搜索快照 (invented text-only cache)",
        style="搜索快照",
        genre="消费提示",
        kind="notice",
        form="text",
        source="https://cache.jigu.cn/t?u=http%3A%2F%2Fscjgj.gchuanxian.gov.cn%2Fxfts%2F2025%2F0528%2F2.html",
        title="关于选购和使用鞋柜除味盒的消费提示",
        record_title="『文本快照』关于选购和使用鞋柜除味盒的消费提示",
        date="2025-05-28",
        notes="text-only cache: the capture time is no date; the market bureau's 成文日期 under its name",
        page="""
!m 汲古搜索 · 纯文字副本
!m 原网页：http://scjgj.gchuanxian.gov.cn/xfts/2025/0528/2.html
!m 副本抓取于：2025年6月2日 08:11　　原网页可能已更新
!t 『文本快照』关于选购和使用鞋柜除味盒的消费提示
{T}
{BODY}
!d 汲古搜索与原网页作者无关，副本内容不代表汲古观点
!a 查看原网页　｜　查看带图副本
""",
        body="""
近期，县市场监管局接到多起关于鞋柜除味盒的消费投诉，主要反映产品“除味效果差”“有刺鼻香味”等问题。在此提醒广大消费者：
一、认准标识。选购时查看产品是否标明生产企业、炭含量、使用期限和执行标准，不买“三无”产品。
二、理性看待宣传。除味盒主要靠活性炭吸附异味，“永久有效”“杀菌除螨”等宣传不可轻信。
三、慎选香型产品。带香味的产品可能只是掩盖异味，家中有婴幼儿、哮喘患者的更要谨慎。
四、依法维权。购买到不合格产品的，可保留购物凭证，拨打12315投诉。
珖川县市场监督管理局
2025年5月28日
""",
    ),
    dict(
        slug="changxi-amr-print-view-bulletin-reused-egg-trays",
        site="瑒溪县市场监督管理局 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.changxi.gov.cn/print.jsp?id=20251028-07",
        title="关于部分超市重复使用散装鸡蛋蛋托问题的通报",
        record_title="〘打印视图〙关于部分超市重复使用散装鸡蛋蛋托问题的通报",
        date="2025-10-28",
        notes="print view calling window.print(): print and close buttons, the print time (no date), a print "
        "footer closing the page; 抄送 line in the body; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〘打印视图〙关于部分超市重复使用散装鸡蛋蛋托问题的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload = function(){ window.print(); };</script>
</head><body>
<div class="noprint">⟦a 〈立即打印〉 〈关闭视图〉⟧</div>
<div class="ph">⟦m 瑒溪县市场监督管理局 · 政务信息打印件⟧</div>
<div class="pu">⟦m 来源网址：http://scjg.changxi.gov.cn/xxgk/tb/20251028-07.html⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="pt">⟦m 打印时间：2025-11-03 10:05⟧</div>
<div class="pf">⟦p ▒ 1 ／ 1 ▒⟧</div>
</body></html>
""",
        body="""
各市场监管所：
10月中旬，县局组织对城区12家超市的散装鸡蛋销售开展专项检查，发现3家超市将顾客退回或破损后的纸浆蛋托回收后重新摆放鸡蛋销售，部分蛋托已沾有蛋液、霉点，存在食品安全隐患。现将有关情况通报如下：
一、对上述3家超市，县局已责令立即整改，清除全部重复使用的纸浆蛋托。
二、各所要在11月底前对辖区超市、农贸市场开展一次排查，重点检查蛋托是否清洁、有无重复使用。
三、督促经营者在散装鸡蛋销售区使用一次性清洁蛋托或可清洗消毒的塑料蛋托。
瑒溪县市场监督管理局
2025年10月28日
抄送：县商务局，县消费者协会。
""",
    ),
    dict(
        slug="xuanjiang-property-print-rules-switch-guards",
        site="琄江物业服务有限公司 (invented, print view)",
        style="打印页",
        genre="规程",
        kind="other",
        form="text",
        source="http://www.xj-wuye.com/zhidu/print/0309.html",
        title="物业维修工更换开关防护盖作业规程",
        record_title="［打印稿］物业维修工更换开关防护盖作业规程",
        date=None,
        notes="print view of a rule: 第N条 articles that speak of 打印 a work order as content; the print time "
        "'today' is no date; a print footer closes the page",
        page="""
!m 琄江物业服务有限公司 · 制度汇编
!t ［打印稿］物业维修工更换开关防护盖作业规程
!m 打印人：客服中心 于岚　打印时间：今天 09:12
{T}
{BODY}
!p ┅ 第1页 ┅ 共1页 ┅
""",
        body="""
第一条　本规程适用于公司在管小区内公共区域及业主报修的开关防护盖、防水开关盖更换作业。
第二条　维修工接单后，应在2小时内与报修业主联系，约定上门时间。
第三条　作业前必须断开对应回路电源，验电确认无电后方可拆卸面板。
第四条　更换后应试验翻盖开合和回弹，并请业主现场确认。
第五条　更换下来的旧防护盖统一带回，不得遗留在业主家中或楼道内。
第六条　维修工应在工单系统中上传更换前后照片，打印维修单交业主签字留存。
""",
    ),
    dict(
        slug="lishui-school-webmail-letter-felt-desk-mats",
        site="瓅水一中邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.lsyizhong.cn/read?mid=ZL0901-2231",
        title="关于订制学生书法毛毡桌垫的函",
        record_title="转发：〔盼复〕关于订制学生书法毛毡桌垫的函",
        date="2025-08-30",
        date_also=["2025-09-01"],
        notes="webmail reading view: forwarded header, an attachment bar beside the letter's own 附件 list; "
        "the letter's contact and mailbox; mail send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>转发：〔盼复〕关于订制学生书法毛毡桌垫的函 - 瓅水一中邮箱</title>
<script src="/js/mailview.js"></script>
</head><body>
<div class="mb-top">⟦m 瓅水一中邮箱⟧ <span>⟦m zongwu@lsyizhong.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="mb-left">⟦m 收信　写信　收件箱(3)　已发送　草稿箱　通讯录⟧</div>
<div class="mb-bar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="mb-head"><h3>⟦t 转发：〔盼复〕关于订制学生书法毛毡桌垫的函⟧</h3>
<p>⟦m 发件人：总务处 常老师 &lt;zongwu@lsyizhong.cn&gt;⟧</p>
<p>⟦m 收件人：瑞衡文体 &lt;sales@ruiheng-wt.cn&gt;⟧</p>
<p>⟦m 时间：2025年9月1日（星期一）上午9:16⟧</p></div>
<div class="mb-body">
<p>⟦m -------- 转发的原始邮件 --------⟧</p>
<h4>{T}</h4>
{BODY}
</div>
<div class="mb-att">⟦a 附件（2 个）：桌垫样式图.jpg（1.2M）　报价单.xlsx（16K）　打包下载　在线预览⟧</div>
<div class="mb-foot">⟦d 本邮件由瓅水一中邮件系统发出，请勿将账号密码告知他人⟧</div>
</body></html>
""",
        body="""
瓅水县瑞衡文体用品有限公司：
我校计划为书法教室订制学生毛毡桌垫，现将有关要求函告如下：
一、数量规格：共240张，规格50厘米×70厘米，厚度3毫米，印米字格。
二、材质要求：羊毛含量不低于50%，无异味，吸墨不洇。
三、交货时间：2025年9月20日前送至我校总务处。
请贵公司于9月5日前提供样品和报价，并回函确认。
联系人：常老师　电话：0793-7730651　邮箱：zongwu@lsyizhong.cn
附件：1.桌垫样式图
2.报价单
瓅水县第一中学
2025年8月30日
""",
    ),
    dict(
        slug="typu-forwarded-mail-notice-deodoriser-docx",
        site="珽阳理工学院邮件 (invented, forwarded as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:xgb-all@typu.edu.cn?msg=20251104-0847",
        title="关于做好学生宿舍鞋柜除味盒更换工作的通知",
        record_title="关于做好学生宿舍鞋柜除味盒更换工作的通知.docx",
        date="2025-11-03",
        date_also=["2025-11-04"],
        notes="forwarded mail as text: the attachment's file name is the record title; the mail header's "
        "抄送 beside the notice's own 抄送 line; 转发 in a class group as content; send date differs",
        page="""
!m ----- 转发的邮件 -----
!m 发件人：公寓中心 <gongyu@typu.edu.cn>
!m 发送时间：2025年11月4日 星期二 08:47
!m 收件人：各学院学工办 <xgb-all@typu.edu.cn>
!m 抄送：后勤管理处办公室 <hqc@typu.edu.cn>
!m 主题：转发：关于做好学生宿舍鞋柜除味盒更换工作的通知
!m 附件：关于做好学生宿舍鞋柜除味盒更换工作的通知.docx (22 KB)
{T}
{BODY}
!m 珽阳理工学院学生公寓管理中心 | 电话 0795-8367050
!d 此邮件及附件仅供指定收件人使用，如误收请立即删除并告知发件人
""",
        body="""
各学院学生工作办公室：
根据学生公寓卫生管理安排，本学期宿舍鞋柜除味盒将于11月中旬统一更换，现将有关事项通知如下。
一、11月10日至11月14日，请各学院组织宿舍长将旧除味盒交回公寓值班室统一回收处理，不得丢弃在楼道。
二、11月17日起，凭回收登记领取新除味盒，每间宿舍2盒。
三、请各学院辅导员在班级群转发本通知，提醒学生按时交回。
学生公寓管理中心
2025年11月3日
抄送：后勤管理处。
""",
    ),
]
