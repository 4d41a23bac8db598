"""holdout267, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text page each).

Every document, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup.
"""

CASES = [
    dict(
        slug="wanwu-baike-entry-candlestick-infobox",
        site="万物百科 (invented, encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://www.wanwubaike.com/item/烛台/30218",
        title="烛台",
        record_title="烛台（照明器具）_万物百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after sentences, an edit link glued to a section heading; the entry name opens the body (matched as head); the update stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>烛台（照明器具）_万物百科</title>
</head>
<body>
<div class="wb-top">⟦m 万物百科⟧ <span>⟦m 人人可编的知识库⟧</span> <a>⟦a 登录后参与编辑⟧</a></div>
<div class="wb-tabs">⟦a 词条⟧ ⟦a 编辑⟧ ⟦a 讨论⟧ ⟦a 历史版本⟧</div>
<h1>{T}</h1>
<div class="wb-poly">⟦m 照明器具　本词条由“万物百科·生活器物”编辑组审核⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：烛台⟧</td><td>⟦m 外文名：candlestick⟧</td></tr>
<tr><td>⟦m 材　质：铜、锡、瓷、玻璃等⟧</td><td>⟦m 用　途：插放、承托蜡烛⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 历史沿革　2 主要类型　3 使用安全⟧</div>
<div class="wb-con">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><p>⟦l 1.《中国古代照明器具图说》，第112页⟧</p><p>⟦l 2. 玻璃烛台使用安全提示，嵕州市消费者协会⟧</p></div>
<div class="wb-foot">⟦m 词条浏览 18,304 次　最近更新于 2 周前⟧<br>⟦d 万物百科词条内容由网友共同编辑，如有疑问请以权威资料为准⟧</div>
</body>
</html>
""",
        body="""
烛台是用来插放或承托蜡烛的器具，多以铜、铁、锡、陶瓷、玻璃或木材制成，一般由底座、烛柱和承接蜡油的托盘组成。
历史沿革
中国在汉代已出现陶质和青铜烛台，魏晋以后瓷烛台逐渐增多。明清时期，烛台在民间广泛使用，婚嫁、祭祀、节庆都离不开成对摆放的烛台，锡制烛台在南方尤为常见。⟦l [1]⟧
主要类型⟦a ✎修改本节⟧
按烛位多少可分为单头、双头和多头烛台；按用途可分为日常照明烛台、祭祀烛台和装饰烛台；按形制可分为插签式和烛杯式。
使用安全
烛台应放置在平稳、远离帷幔和纸张的位置，点燃的蜡烛不宜无人看管。⟦l [2]⟧玻璃烛台长时间受热可能炸裂，购买时应选择厚壁、耐热的产品。
""",
    ),
    dict(
        slug="juwu-baike-qa-old-wooden-washstands",
        site="居物百科 (invented, encyclopaedia Q&A)",
        style="百科问答",
        genre="百科问答",
        kind="other",
        form="text",
        source="http://www.juwubaike.cn/wenda/xilianjia/77.html",
        title="老式木洗脸架有哪些种类？",
        record_title="老式木洗脸架有哪些种类？_居物百科·知识问答",
        date=None,
        notes="encyclopaedia Q&A as text: question title with a site suffix; numbered list; an expert-review line glued after the first sentence; no date",
        page="""
!m 居物百科 ＞ 家具 ＞ 知识问答
!t 老式木洗脸架有哪些种类？_居物百科·知识问答
!m 回答者：居物百科编辑部　｜　1.6万次浏览　｜　更新于 4 天前
{BODY}
!a 这个回答对你有帮助吗？　有帮助 ／ 没帮助
!l 相关问答：老洗脸架怎么修复？　洗脸架和盆架是一回事吗？
!d 居物百科知识问答仅供参考，转载请注明出处
""",
        body="""
老式木洗脸架是旧时家庭放置脸盆、毛巾的家具，明清时称“盆架”，多用榆木、楸木或樟木制作，常见以下几种：⟦m （本条经家具史研究者郁清和审阅）⟧
1.矮脚盆架。三足或四足，高度只有六七十厘米，只托脸盆，不搭毛巾，多放在卧室床边。
2.高脚盆架。在盆架后两足上接出高杆，顶部安搭脑横杆，用来搭毛巾，讲究的还在中间安一块雕花牌子，俗称“巾架”。
3.折叠盆架。六足可以收拢，不用时合起来靠墙放，节省地方，多见于小户人家。
4.镜台盆架。民国以后出现，在高杆之间嵌一面小镜子，方便梳洗。
如今这些老式洗脸架已很少使用，但在老宅和博物馆里仍能看到。收藏时要注意防潮防蛀，不宜放在阳光直射处。
""",
    ),
    dict(
        slug="yunxia-drive-acceptance-points-washstands-pdf",
        site="云匣网盘 (invented, cloud-drive share)",
        style="网盘分享",
        genre="验收要点",
        kind="other",
        form="html",
        source="https://pan.yunxia.com/s/1Qe8rTz0Wk",
        title="学生宿舍洗脸架安装验收要点",
        record_title="学生宿舍洗脸架安装验收要点.pdf",
        date=None,
        notes="cloud-drive preview: VIP prompts, sharer line with a relative time, save/download buttons; decimal headings 1 … 4.1; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>学生宿舍洗脸架安装验收要点.pdf_免费高速下载|云匣网盘</title>
</head>
<body>
<div class="yx-head">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a class="vip">⟦a 开通超级会员，下载不限速⟧</a></div>
<div class="yx-file">
<h2>{T}</h2>
<p>⟦m 分享者：宿管科老周　分享于 5 天前　有效期：永久⟧</p>
<p>⟦m 大小 318KB　共3页⟧</p>
<p><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 下载（超级会员专享高速通道）⟧</button></p>
</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-tip">⟦a 在线预览仅显示前3页，完整文件请保存后查看⟧</div>
<div class="yx-foot">⟦d 请勿通过云匣分享违法违规内容，发现请点此举报⟧ ⟦m 云匣科技 京ICP备20017733号⟧</div>
</body>
</html>
""",
        body="""
1　外观检查
1.1　洗脸架框架无变形、无划痕，焊点平整，不锈钢表面无锈斑。
1.2　台面、托圈无裂纹，边角为圆角。
2　安装检查
2.1　壁挂式洗脸架须用膨胀螺栓固定在实心墙体上，每套不少于4个固定点。
2.2　台面水平偏差不大于2毫米，托圈中心距墙面不小于25厘米。
3　承重试验
3.1　在台面中部加载50公斤沙袋，保持10分钟，洗脸架无松动、无明显变形为合格。
4　资料检查
4.1　供货方应提供产品合格证、材质检测报告和安装记录，验收小组签字后存档。
""",
    ),
    dict(
        slug="feipan-cloud-rules-broiler-coops-line-markers",
        site="飞盘云 (invented, cloud-drive share)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.feipanyun.com/share/8h2KqLm",
        title="肉鸡笼养舍日常管理制度",
        record_title="肉鸡笼养舍日常管理制度 [在线预览] - 飞盘云",
        date=None,
        notes="cloud-drive preview as text: page markers 〠第n页〠 on lines of their own cutting articles; 第N条 articles; no date",
        page="""
!m 飞盘云 · 文件分享
!t 肉鸡笼养舍日常管理制度.docx
!m 分享人：绿野养殖场　｜　提取码已验证　｜　2 周前分享
!a 〔保存到飞盘〕　〔下载〕　〔举报〕
{BODY}
!a 免费用户仅可预览前3页，开通飞盘会员查看全部
!d 飞盘云仅提供存储空间，文件内容由分享者负责
""",
        pages=dict(fmt="〠第{n}页〠", every=130, start=2),
        body="""
第一条　为规范肉鸡笼养舍日常管理，保障鸡群健康，提高养殖效益，制定本制度。
第二条　饲养员每日6:00、18:00两次巡查鸡笼，检查笼门是否关牢、底网有无破损、鸡只有无卡头卡脚，发现问题及时处理并记录。
第三条　鸡笼料槽每天清理一次，水线每周冲洗一次，接粪带每日运行两次，保持笼下清洁干燥。
第四条　鸡笼内饲养密度不得超过每平方米12只，严禁为多出栏而超密度上笼。
第五条　发现病死鸡应立即从鸡笼内取出，装入专用收集袋，送无害化处理点，不得随意丢弃。
第六条　非本舍人员未经批准不得进入鸡舍，外来车辆须消毒后方可进场。
第七条　本制度由场部负责解释，自公布之日起执行。
""",
    ),
    dict(
        slug="lansou-snapshot-museum-collects-old-candlesticks",
        site="览搜快照 (invented, search-engine cache)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.lansou.com/c?u=http%3A%2F%2Fwlj.yixi.gov.cn%2Fgg%2F20240816.html",
        title="潩溪县民俗博物馆关于征集民间老烛台的公告",
        record_title="潩溪县民俗博物馆关于征集民间老烛台的公告 - 潩溪县文旅局（览搜快照）",
        date="2024-08-15",
        date_also=["2024-08-16"],
        notes="snapshot frame: capture banner with its stamp (no date), highlighted-terms line, the cached portal's chrome; an example deadline inside a sentence; the portal's date differs from the signature date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>潩溪县民俗博物馆关于征集民间老烛台的公告 - 潩溪县文旅局（览搜快照）</title>
</head>
<body>
<div class="ls-banner" style="border:1px solid #ccc;background:#fffbe6">
<p>⟦m 览搜快照：本页保存于 2024-09-02 11:37，原网页此后可能已改动⟧ <a>⟦a 查看原网页⟧</a></p>
<p>⟦m 已为您标亮以下搜索词：<b style="background:#ff0">烛台</b> <b style="background:#0ff">征集</b>⟧</p>
<p>⟦d 览搜与网页作者无关，不对其内容负责⟧</p>
</div>
<div class="orig">
<div class="wl-head">⟦m 潩溪县文化旅游广电体育局⟧</div>
<div class="wl-nav">⟦m 首页⟧ ⟦m 文旅资讯⟧ ⟦m 通知公告⟧ ⟦m 文博场馆⟧</div>
<h2>{T}</h2>
<p class="wl-meta">⟦m 发布日期：2024-08-16　来源：县民俗博物馆　【字体：大 中 小】⟧</p>
<div class="wl-con">
{BODY}
</div>
<div class="wl-foot">⟦m 潩溪县文化旅游广电体育局 主办　湘ICP备13019904号⟧</div>
</div>
</body>
</html>
""",
        body="""
为丰富馆藏，留住乡愁记忆，我馆面向社会公开征集民间老烛台。现将有关事项公告如下：
一、征集范围：民国及以前各类铜、锡、铁、陶瓷、木质烛台，以及与烛台相关的蜡烛模具、烛剪等老物件。
二、征集方式：以捐赠为主，对具有较高价值的藏品可协商收购。捐赠者将获颁收藏证书，并在展品说明中署名。
三、征集时间：即日起至2024年12月31日。
四、联系方式：联系人：朱老师，电话：0743-4211957，地址：潩溪县文昌路12号民俗博物馆一楼。
欢迎社会各界人士踊跃参与！
潩溪县民俗博物馆
2024年8月15日
""",
    ),
    dict(
        slug="suye-text-cache-chisel-quality-plan",
        site="溯页快照 (invented, text-only search cache)",
        style="搜索快照",
        genre="方案",
        kind="plan",
        form="text",
        source="http://suye.cn/cache?id=0f19a6&url=scjgj.jishui.gov.cn/tzgg/20250306.html",
        title="泲水县木工凿产品质量提升行动方案",
        record_title="泲水县木工凿产品质量提升行动方案 - 泲水县市场监督管理局 [溯页·仅文字存档]",
        date="2025-03-06",
        notes="text-only cache: capture banner (its stamp is no date), the cached portal's lines; 成文日期 under the signature",
        page="""
!m 溯页快照 · 纯文本模式　抓取于 2025-03-30 04:12
!m 原始地址：scjgj.jishui.gov.cn/tzgg/20250306.html
!a ＜ 返回搜索结果　｜　切换到完整页面
!d 快照内容以抓取时为准，与原站点无关
!m 泲水县市场监督管理局 ＞ 通知公告
{T}
{BODY}
!m 泲水县市场监督管理局　地址：泲水县人民路103号
""",
        body="""
为提升全县木工凿产品质量，擦亮“泲水木工凿”区域品牌，制定本方案。
一、主要目标
到2025年底，全县木工凿产品市场抽查合格率达到95%以上，培育质量标杆企业3家。
二、重点任务
（一）开展质量比对。组织全县17家木工凿生产企业开展刃口硬度、凿柄牢固度比对检测，结果向社会公开。
（二）推行标准化生产。推动企业执行木工凿团体标准，淬火、回火等关键工序全部配备温控记录设备。
（三）加强监督抽查。每季度对生产企业和销售门店开展一次抽查，不合格产品依法处理。
三、保障措施
县市场监管局成立工作专班，将质量提升情况纳入企业信用评价。
泲水县市场监督管理局
2025年3月6日
""",
    ),
    dict(
        slug="haochuan-culture-print-plan-ancestral-hall-candlesticks",
        site="滈川县文化和旅游局 (invented, print view)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="html",
        source="http://wlj.haochuan.gov.cn/print.jsp?id=20240311-07",
        title="古祠堂烛台用火安全专项整治工作方案",
        record_title="[可打印版本] 古祠堂烛台用火安全专项整治工作方案 - 滈川县文化和旅游局",
        date="2024-03-11",
        notes="print view calling window.print(): print and close buttons, printed-from URL and print stamp (no date), a print footer ⛿ 第1页 ∕ 共1页 ⛿ closing the page; decimal headings 1 … 4.1; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[可打印版本] 古祠堂烛台用火安全专项整治工作方案 - 滈川县文化和旅游局</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head>
<body>
<div class="noprint">⟦a 〔立即打印〕⟧ ⟦a 〔关闭窗口〕⟧</div>
<div class="p-head">⟦m 滈川县文化和旅游局 · 打印稿⟧</div>
<h2>{T}</h2>
{BODY}
<div class="p-url">⟦m 打印自：http://wlj.haochuan.gov.cn/zwgk/fa/20240311-07.html⟧</div>
<div class="p-time">⟦m 打印于 2024/04/02 15:20⟧</div>
<div class="p-foot">⟦p ⛿ 第1页 ∕ 共1页 ⛿⟧</div>
</body>
</html>
""",
        body="""
为有效防范古祠堂火灾事故，保护文物建筑安全，结合我县实际，制定本方案。
1　工作目标
1.1　全面排查全县古祠堂烛台、香炉等明火使用情况，6月底前整改全部隐患。
1.2　建立古祠堂用火管理责任人制度，每处祠堂明确1名管理员。
2　整治内容
2.1　烛台与帷幔、木构件距离不足1米的，一律移位或加装防火挡板。
2.2　烛台下方设不燃材料托盘，周边配备灭火器和沙箱。
2.3　夜间及无人值守时段，祠堂内烛火必须全部熄灭。
3　时间安排
3.1　3月至4月为自查阶段，5月为检查阶段，6月为验收阶段。
4　工作要求
4.1　各乡镇要高度重视，将整治情况于每月25日前报县文化和旅游局。
滈川县文化和旅游局
2024年3月11日
""",
    ),
    dict(
        slug="yuyang-school-print-bulletin-washstand-check",
        site="潏阳县第一中学 (invented, print view)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.yyyz.edu.cn/print.aspx?nid=1022",
        title="关于学生宿舍洗脸架安全检查情况的通报",
        record_title="打印页面 ┃ 关于学生宿舍洗脸架安全检查情况的通报",
        date="2024-10-22",
        notes="print view as text: print-preview prefix, print buttons, a print stamp (no date) and a print footer ⛻ 1／1 ⛻ closing the page; 成文日期 under the signature",
        page="""
!a 【打印】　【返回】
!m 潏阳县第一中学 · 校务公开
{T}
{BODY}
!m 本页打印时间：2024-11-04 08:16:52
!p ⛻ 1／1 ⛻
""",
        body="""
各年级组、宿管中心：
10月15日至18日，学校后勤处会同政教处对男女生宿舍共186间寝室的洗脸架进行了安全检查。现将检查情况通报如下：
一、基本情况
共检查洗脸架372套，合格349套，合格率93.8%。
二、主要问题
（一）23套洗脸架固定螺栓松动，其中5套已明显倾斜；
（二）部分寝室在洗脸架上叠放水桶、热水瓶，超出承重范围；
（三）个别寝室洗脸架下方堆放纸箱，容易受潮霉变。
三、整改要求
后勤处须于10月25日前完成松动洗脸架的加固；各班主任要提醒学生不得在洗脸架上堆放重物，宿管员每周检查一次。
潏阳县第一中学后勤处
2024年10月22日
""",
    ),
    dict(
        slug="songzhou-mail-forward-stage-cloth-shoes-attachment-bar",
        site="嵕州邮 (invented, webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.szyou.com/read?mid=ZL2024090310261188",
        title="关于定制演出用手工布鞋的函",
        record_title="转发：【请回复】关于定制演出用手工布鞋的函",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="webmail reading view: forwarded header, an attachment bar next to the letter's own 附件 list, the letter's own 联系人/电话/邮箱; the mail's send date differs from the letter's date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>转发：【请回复】关于定制演出用手工布鞋的函 - 嵕州邮</title>
</head>
<body>
<div class="mail-top">⟦m 嵕州邮 · 企业邮箱⟧ <span>⟦m sales@mutianbuxie.com⟧</span> <a>⟦a 退出⟧</a></div>
<div class="mail-side">⟦m 收件箱(12)⟧ ⟦m 草稿箱⟧ ⟦m 已发送⟧ ⟦m 已删除⟧</div>
<div class="mail-read">
<div class="ops">⟦a 回复 ｜ 回复全部 ｜ 转发 ｜ 删除 ｜ 标为未读⟧</div>
<h3>⟦t 转发：【请回复】关于定制演出用手工布鞋的函⟧</h3>
<div class="hdr">
<p>⟦m 发件人：门市部 小邝 &lt;shop@mutianbuxie.com&gt;⟧</p>
<p>⟦m 收件人：销售部 &lt;sales@mutianbuxie.com&gt;⟧</p>
<p>⟦m 时间：2024年9月3日（周二）10:26⟧</p>
</div>
<div class="fwd">⟦m ---------- 转发的邮件 ----------⟧<br>⟦m 原发件人：柴佳 &lt;szhgx_wm@163.com&gt;⟧<br>⟦m 原主题：【请回复】关于定制演出用手工布鞋的函⟧</div>
<div class="mail-body">
{BODY}
</div>
<div class="attbar">⟦a 📎 2 个附件：演员鞋码统计表.xlsx（15KB）　绣花图案样稿.pdf（2.3MB）　全部打包下载⟧</div>
</div>
<div class="mail-foot">⟦m 嵕州邮企业邮箱 · 安全稳定　客服 400-615-2209⟧</div>
</body>
</html>
""",
        body="""
麰田老布鞋有限公司：
我团新排大型花鼓戏《绣鞋记》定于11月在市大剧院首演，剧中演员需穿着传统手工布鞋。经多方比较，贵公司的千层底布鞋做工精细、穿着舒适，特函商请贵公司为我团定制演出用布鞋。
一、定制数量：男式圆口布鞋36双，女式绣花布鞋42双，尺码详见附件。
二、交货时间：2024年10月20日前交付，以便演员提前适脚排练。
三、特殊要求：鞋底须加一层防滑胶皮，绣花图案由我团美术组提供样稿。
请贵公司收函后予以报价。
联系人：舞美部 柴佳，电话：0739-8243071，邮箱：szhgx_wm@163.com
附件：1.演员鞋码统计表
2.绣花图案样稿
嵕州市花鼓戏剧团
2024年9月2日
""",
    ),
    dict(
        slug="luxi-vocational-forward-chisel-inquiry-docx",
        site="嵂溪职业中专邮件 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://ranzg@lxzz.edu.cn/forward/20240613-0851",
        title="关于采购木工凿的询价函",
        record_title="转发：关于采购木工凿的询价函.docx",
        date="2024-06-12",
        date_also=["2024-06-13"],
        notes="forwarded mail as text: a file name with 转发： as the record title; mail headers and the mail's own attachment line above the letter; an items table one row a paragraph; the letter's own contact line",
        page="""
!m 发件人：冉志刚 <ranzg@lxzz.edu.cn>
!m 发送时间：2024年6月13日 星期四 8:51
!m 收件人：sales@szduangong.com
!m 主题：转发：关于采购木工凿的询价函.docx
!a 附件：关于采购木工凿的询价函.docx（24KB）　预览 ｜ 下载
!m ------------------ 转发邮件 ------------------
{T}
{BODY}
!d 本邮件及附件仅供指定收件人使用，如误收请删除并告知发件人
!m 嵂溪职业中专 · 校园邮箱
""",
        body="""
嵕州锻工工具有限公司销售部：
我校木工专业拟采购一批木工凿用于学生实训，现向贵公司询价，具体要求如下：
品名　规格　数量
平凿　6/12/19/25毫米（每套4把）　60套
圆凿　10/16毫米（每套2把）　30套
一、凿刃硬度不低于HRC58，凿柄为硬木，装配牢固。
二、报价请含税、含运费，并注明交货期和质保期。
三、请于6月20日前将报价单盖章扫描后回复至本邮箱。
联系人：实训处 冉志刚，电话：0745-3367512
嵂溪职业中专实训处
2024年6月12日
""",
    ),
]
