"""holdout381, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.

Invented text (places, people, sites, URLs, phones and chrome wording); see ../README.md and
../build.py for the markup. Written by hand, case by case.
"""

CASES = [
    dict(
        slug="encyclopedia-wushi-bead-curtain-entry",
        site="物识百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.wushi.wiki/item/珠帘",
        title="珠帘",
        record_title=None,
        date=None,
        notes="encyclopaedia: no title in the record (the entry name in the <h1>, which also opens the body: head "
        "match); 阅读/编辑/讨论/历史 tabs, an infobox, a contents box, reference markers glued after sentences, an "
        "'edit this section' link glued to a heading; no date (a last-edited stamp in relative time)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>物识百科 - 认识身边的每一样东西</title>
</head><body>
<div class="wk-top">⟦m 物识百科⟧ <form><input placeholder="搜词条"><button>⟦a 进入词条⟧</button></form> <a>⟦a 创建词条⟧</a></div>
<div class="wk-tabs">⟦a 阅读　编辑　讨论　历史版本⟧</div>
<h1 class="wk-name">{T}</h1>
<p class="wk-tip">⟦m 家居用品 · 传统手工艺　｜　最近编辑：3 个月前　｜　浏览 18630⟧</p>
<table class="wk-infobox">
<tr><td>⟦m 中文名：珠帘⟧</td></tr><tr><td>⟦m 外文名：bead curtain⟧</td></tr>
<tr><td>⟦m 常见材质：竹、木、玻璃、水晶⟧</td></tr><tr><td>⟦m 主要用途：门帘、隔断、装饰⟧</td></tr></table>
<div class="wk-toc"><b>⟦l 目录⟧</b><p>⟦l 1 历史　2 种类　3 制作　4 使用注意⟧</p></div>
<div class="wk-body">
{BODY}
</div>
<div class="wk-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 伶塘镇文化站．伶塘珠帘编织技艺调查．内部资料⟧</p><p>⟦l [2] 石伶之．伶塘旧话．第二卷⟧</p></div>
<div class="wk-foot">⟦d 词条内容由网友共同编辑，仅供参考，如有疑问请到讨论页反馈⟧<br>⟦m © 物识百科 wushi.wiki⟧</div>
<script src="/static/wk/item.js"></script>
</body></html>
""",
        body="""
珠帘，是用线绳将竹管、木珠或玻璃珠等串联成串，再成排悬挂而成的帘子，常用于门口、窗前和室内隔断，兼有遮挡、通风和装饰的作用。⟦l [1]⟧
历史⟦a ✎改本节⟧
珠帘在中国有很长的历史，古代多以珍珠、玉石穿成，是宫廷和富贵人家的陈设。后来随着玻璃珠、竹木珠的普及，珠帘逐渐走进普通百姓家，成为南方民居夏季常见的门帘。⟦l [2]⟧
种类
按材料分，常见的有竹珠帘、木珠帘、玻璃珠帘、水晶珠帘和塑料珠帘等；按用途分，有门帘、窗帘、隔断帘和装饰挂帘。
制作
传统珠帘以手工穿制为主，主要工序包括选珠、配色、穿线、打结和上杆。为了防止珠串滑动，每隔一定距离需要打一个定位结。
使用注意
有婴幼儿的家庭不宜在孩子能够触及的位置悬挂珠帘，以免孩子拽断珠串后误吞珠子。
""",
    ),
    dict(
        slug="encyclopedia-yingcai-shutter-cable-entry",
        site="影材小百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.yingcaibaike.com/ct/kuaimenxian.html",
        title="快门线",
        record_title="快门线_摄影配件词条_影材小百科",
        date=None,
        notes="encyclopaedia as text: the entry name opens the body (the repeated title is matched as head); an "
        "infobox, a contents line, edit and share actions; no date",
        page="""
!m 影材小百科 · 摄影器材知识库
!m 首页 > 摄影配件 > 遥控与触发
{T}
!a 编辑词条 ｜ 添加义项 ｜ 分享词条
!m 本词条由“影材小百科”编辑组审核　｜　被浏览 9204 次
!m 别名：快门释放线、遥控快门线　｜　类别：摄影配件
!l 目录：定义　分类　无线快门线　功能　选购
{BODY}
!l 相关词条：三脚架　B门　延时摄影
!d 词条内容仅供参考，不构成购买建议
!m 影材小百科 yingcaibaike.com
""",
        body="""
快门线是用来远距离控制相机快门释放的摄影配件，又称快门释放线、遥控快门线。使用快门线拍摄，可以避免手指按动快门时引起的机身震动，常用于长时间曝光、微距拍摄和自拍。
快门线分为机械快门线和电子快门线两大类。早期的机械快门线由金属推杆和套管组成，旋入快门按钮的螺纹孔中使用；电子快门线通过专用接口与相机连接，以电信号触发快门。
无线快门线由遥控器和接收器组成，通过红外线或无线电信号控制相机，遥控距离一般在数米到上百米之间。
部分快门线带有锁定功能和定时功能，可在B门模式下保持快门长时间开启，或按设定间隔连续拍摄。
选购快门线时，应注意接口类型是否与相机型号匹配，不同品牌的快门线一般不能通用。
""",
    ),
    dict(
        slug="clouddrive-xiazi-camera-bag-care-docx",
        site="匣子云盘 (invented cloud drive)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="html",
        source="https://pan.xiazi.cloud/s/1kQw7rPb",
        title="相机包防潮保养操作规程",
        record_title="相机包防潮保养操作规程.docx",
        date=None,
        notes="cloud-drive preview: file-name record title; save/download buttons, VIP speed prompts, a share "
        "expiry line; decimal headings 2.1–3.3; no date (a share stamp and an expiry are no dates)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>相机包防潮保养操作规程.docx_免费高速下载｜匣子云盘</title>
</head><body>
<div class="xz-top">⟦m 匣子云盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="xz-file"><h2>{T}</h2>
<p>⟦m 分享者：器材库老钟　｜　18.6KB　｜　分享于 4 天前　｜　7 天后失效⟧</p>
<div class="xz-btn">⟦a 保存到我的匣子⟧ ⟦a 普通下载⟧ ⟦a 会员极速下载⟧</div></div>
<div class="xz-preview">
{BODY}
</div>
<div class="xz-vip">⟦a 非会员预览限前3页，开通超级匣子会员可在线看全文⟧</div>
<div class="xz-more"><h4>⟦l 这位分享者的其他文件⟧</h4><p>⟦l 器材库借还登记表（空白）.xlsx⟧</p><p>⟦l 镜头清洁保养要点.pdf⟧</p></div>
<div class="xz-rep">⟦a 举报违规分享⟧</div>
<div class="xz-foot">⟦d 匣子云盘严禁分享侵权内容，用户对分享内容自行负责⟧<br>⟦m 匣子云盘 xiazi.cloud　京ICP备20033718号⟧</div>
<script src="https://pan.xiazi.cloud/static/share.js"></script>
</body></html>
""",
        body="""
1.适用范围
本规程适用于新闻中心器材库所有相机包的日常防潮和保养。
2.日常保养
2.1 外采归还的相机包，应先清空内部物品，用软毛刷清理隔板和夹层中的灰尘、砂粒。
2.2 相机包淋雨或受潮后，应打开全部拉链，放在阴凉通风处自然晾干，不得暴晒或用吹风机烘烤。
2.3 拉链发涩时，可涂抹少量专用润滑蜡，不得使用食用油。
3.防潮存放
3.1 相机包存放在器材库专用货架上，距离地面不少于30厘米。
3.2 每只相机包内放置一包变色硅胶干燥剂，干燥剂变色后及时更换或烘干再用。
3.3 梅雨季节，器材库除湿机每天开启不少于8小时，库内相对湿度控制在45%至55%之间。
4.检查记录
器材管理员每月检查一次相机包的防潮情况，并填写保养记录表。
""",
    ),
    dict(
        slug="clouddrive-fengchao-teleprompter-procedure-wps-markers",
        site="蜂巢网盘 (invented cloud drive)",
        style="网盘分享",
        genre="操作规程",
        kind="other",
        form="text",
        source="https://www.fengchaopan.com/share/init?surl=Tq83mZ",
        title="演播室提词器操作规程",
        record_title="演播室提词器操作规程.wps",
        date="2025-04-25",
        notes="cloud-drive preview as text: file-name record title; page markers '⏻ n ⏻' on lines of their own "
        "cutting paragraphs; decimal headings; 成文日期 under the department's name",
        page="""
!m 蜂巢网盘 · 文件预览
!m 演播室提词器操作规程.wps　　23KB　　分享者：yy技术部
!a 保存到网盘　　下载　　预览全文需登录
{T}
{BODY}
!a 预览已到末页。登录蜂巢网盘，享受不限速下载
!d 请勿通过蜂巢网盘传播违法违规内容
""",
        pages=dict(fmt="⏻ {n} ⏻", every=70, start=2),
        body="""
1 开机
1.1 依次打开提词器显示屏电源、提词电脑和翻页遥控器接收端，检查分光玻璃是否清洁，有指纹或灰尘时用专用镜头布擦拭。
2 导入文稿
2.1 文稿统一使用新闻采编系统导出的纯文本格式，导入前由责任编辑逐字核对，核对无误后方可导入提词软件。
2.2 字号一般设置为屏幕宽度每行8至10个字，背景为黑色，文字为白色。
3 播出中操作
3.1 提词操作员根据主持人语速调整滚动速度，不得随意暂停或跳行。
3.2 主持人临时改稿的，由导播通知提词操作员，在提词软件中同步修改，修改内容须经责任编辑确认。
4 关机
节目结束后，先关闭提词软件并删除当期文稿，再依次关闭显示屏和电脑电源，盖好防尘罩。
澐阳县融媒体中心技术部
2025年4月25日
""",
    ),
    dict(
        slug="snapshot-pianyu-bead-curtain-guideline",
        site="片羽搜索 (invented search engine, cached page)",
        style="搜索快照",
        genre="规定/制度",
        kind="other",
        form="html",
        source="https://cache.pianyu.so/c?u=http%3A%2F%2Flt.yinchuan.gov.cn%2Ftzgg%2F20250506.html",
        title="伶塘古街商户门头珠帘装饰导则（试行）",
        record_title="伶塘古街商户门头珠帘装饰导则（试行）_伶塘镇人民政府（片羽搜索快照）",
        date="2025-05-06",
        notes="search-cache frame: a capture banner with a capture time (no date) and highlighted search terms "
        "around a township's guideline with 第N条 articles; 成文日期 under the township's name",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>伶塘古街商户门头珠帘装饰导则（试行）_伶塘镇人民政府（片羽搜索快照）</title>
</head><body>
<div class="py-cache">⟦m 这是 片羽搜索 保存的 http://lt.yinchuan.gov.cn/tzgg/20250506.html 的快照，抓取于 2025-07-19 03:41:08。⟧<br>
⟦m 原网页可能已经更改或删除，请以原网页为准。⟧<br>⟦a 查看原网页 ｜ 只看纯文字⟧<br>⟦m 您搜索的词已标亮：珠帘 导则⟧</div>
<div class="orig">
<div class="lt-top">⟦m 伶塘镇人民政府网⟧</div>
<div class="lt-loc">⟦m 首页 › 通知公告⟧</div>
<h2>{T}</h2>
<p>⟦m 发布：镇文化站　时间：2025-05-08　浏览：412⟧</p>
<div class="lt-con">
{BODY}
</div>
<div class="lt-rel">⟦l 相关通知：伶塘古街夜市摊位规范管理办法⟧</div>
<div class="lt-foot">⟦m 伶塘镇人民政府主办　联系电话：0744-8390016⟧</div>
</div>
<script src="https://cache.pianyu.so/js/hl.js"></script>
</body></html>
""",
        date_also=["2025-05-08"],
        body="""
第一条　为保护伶塘古街传统风貌，规范商户门头珠帘装饰，制定本导则。
第二条　古街商户可以自愿选择悬挂珠帘，鼓励使用竹珠、木珠等本地传统材料，不宜使用塑料亮片和彩色灯串。
第三条　珠帘悬挂在门框内侧，下沿距离地面不少于20厘米，不得伸出门框占用人行道。
第四条　珠帘挂杆应使用金属膨胀螺栓固定，商户每季度自行检查一次，发现松动及时加固。
第五条　餐饮商户悬挂珠帘的，应定期清洗，保持整洁。
第六条　镇文化站组织珠帘编织手艺人为商户提供设计和安装指导，所需费用由镇政府给予适当补贴。
第七条　本导则自发布之日起试行。
氤川县伶塘镇人民政府
2025年5月6日
""",
    ),
    dict(
        slug="snapshot-pingdu-letter-camera-bag-testing-oneline",
        site="屏读文字快照 (invented text-only cache)",
        style="搜索快照",
        genre="函",
        kind="letter",
        form="text",
        source="http://kz.pingdu.net/text?id=c0a94e17&q=相机包+防水",
        title="关于商请协助检测相机包防水性能的函",
        record_title="关于商请协助检测相机包防水性能的函 - 彧城区消费者协会 [文字快照]",
        date="2025-06-03",
        notes="text-only cache: the whole letter on one line; a capture stamp (no date); the letter's own contact; "
        "成文日期 in Chinese numerals under the association's name",
        page="""
!m 屏读文字快照｜仅显示网页文字
!m 快照时间：2025-08-02 14:26　原始地址：www.ycxxh.org.cn/tzgg/0603.html
!a ← 返回搜索结果　｜　访问原网页
{T}
{BODY}
!m 彧城区消费者协会　投诉热线：12315
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
喆州市产品质量监督检验研究院：
我会近期受理了多起消费者关于相机包“防水”标注不实的投诉，涉及3个品牌、5个型号的产品。为准确认定产品质量，维护消费者合法权益，特商请贵院协助对上述相机包的防水性能进行检测。
样品由我会工作人员送达，检测费用由我会承担。检测结果请以书面形式反馈我会，以便依法处理相关投诉。
联系人：白映秋，电话：0731-5528315。
妥否，请予支持。
彧城区消费者协会
二〇二五年六月三日
""",
    ),
    dict(
        slug="print-lingtang-notice-bead-curtain-checks",
        site="伶塘镇人民政府网 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://lt.yinchuan.gov.cn/print.jsp?id=20250610-04",
        title="关于开展商铺门头珠帘等悬挂物安全检查的通知",
        record_title="〔打印·存档〕关于开展商铺门头珠帘等悬挂物安全检查的通知",
        date="2025-06-10",
        notes="print view calling window.print(): a print/close bar, the page URL and a print footer '⯾ 1 / 1 ⯿'; "
        "抄送 line kept in the body; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔打印·存档〕关于开展商铺门头珠帘等悬挂物安全检查的通知</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 【立即打印】　【关闭本窗口】⟧</div>
<div class="pt-src">⟦m 伶塘镇人民政府网　lt.yinchuan.gov.cn⟧</div>
<h2 align="center">{T}</h2>
<div class="pt-body">
{BODY}
</div>
<div class="pt-url">⟦m 本页网址：http://lt.yinchuan.gov.cn/tzgg/20250610-04.html⟧</div>
<div class="pt-page">⟦p ⯾ 1 / 1 ⯿⟧</div>
</body></html>
""",
        body="""
各村（社区）、镇直有关单位：
为防范汛期大风天气商铺门头悬挂物坠落伤人，镇政府决定于6月12日至6月30日，在全镇开展商铺门头珠帘、灯笼、招牌等悬挂物安全检查。现将有关事项通知如下。
一、检查范围。伶塘古街、箭楼街及各村主街两侧的临街商铺。
二、检查内容。重点检查珠帘挂杆、灯笼挂钩和招牌支架是否牢固，珠帘是否伸出门框占用人行道，珠串是否有断线散落。
三、工作要求。各村（社区）要组织网格员逐户检查，建立问题清单，督促商户在3日内整改；商户拒不整改的，报镇综合行政执法队处理。
四、6月30日前，各村（社区）将检查情况报镇安全生产委员会办公室。
伶塘镇人民政府
2025年6月10日
抄送：氤川县应急管理局，氤川县城市管理和综合执法局。
""",
    ),
    dict(
        slug="print-zhezhou-school-plan-shutter-cables-night-shoot",
        site="喆州学院附属中学 (invented, print view as text)",
        style="打印页",
        genre="方案",
        kind="other",
        form="text",
        source="http://www.zzxyfz.cn/print/huodong/20251009.html",
        title="星空夜拍活动快门线借用与保障方案",
        record_title="星空夜拍活动快门线借用与保障方案（打印友好视图）",
        date="2025-10-09",
        notes="print view as text: a print stamp (no date), the page URL, decimal headings 1.1–3.2, a print "
        "footer '⬾ 第1页／共1页 ⬾'; 成文日期 under the club's name",
        page="""
!m 喆州学院附属中学 · 打印页面
!m 打印时间：2025-10-10 08:12　　打印人：摄影社 管理员
{T}
{BODY}
!m 原文地址：http://www.zzxyfz.cn/huodong/20251009.html
!p ⬾ 第1页／共1页 ⬾
""",
        body="""
1 活动概况
1.1 学校第九届校园摄影节“星空夜拍”活动定于10月18日晚在学校天文台广场举行，参加学生约60人。
1.2 夜拍以长时间曝光为主，每位学生须使用三脚架和快门线，学校摄影社现有快门线24根，缺口较大。
2 保障措施
2.1 摄影社向喆州学院摄影实验室借用有线快门线20根、无线快门线10套，由指导教师于10月16日前办理借用手续。
2.2 学生自带快门线的，须在10月17日前到摄影社登记型号，便于现场调配。
2.3 活动现场设器材服务台，安排2名教师和4名社员负责快门线发放、回收和故障处理。
3 安全要求
3.1 夜拍期间广场照明保持最低亮度，服务台配备手电筒和急救包。
3.2 学生须在指定区域架设三脚架，不得进入天文台楼顶。
4 器材归还
活动结束后，借用的快门线当晚清点，10月21日前归还摄影实验室。
喆州学院附属中学摄影社
2025年10月9日
""",
    ),
    dict(
        slug="webmail-yunyangmail-letter-custom-camera-bags-docx",
        site="澐阳邮 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.yyrm.cn/read?mid=1720081377.55021&folder=INBOX",
        title="关于定制采访相机包的函",
        record_title="呈转：关于定制采访相机包的函.docx",
        date="2025-07-02",
        date_also=["2025-07-04"],
        notes="webmail reading view: forwarded-mail header lines (the send date differs from the letter's "
        "成文日期: also accepted), an attachment bar beside the letter's own 附件 list; the letter's contact, "
        "phone and mailbox; the file-name-like subject as the record title",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>澐阳邮 - 收件箱</title>
<script src="/webmail/js/reader.min.js"></script>
</head><body>
<div class="wm-top">⟦m 澐阳邮 · 澐阳县融媒体中心企业邮箱⟧ <span>⟦m 庄晓禾 &lt;zhuangxh@yyrm.cn&gt;⟧</span> <a>⟦a 退出登录⟧</a></div>
<div class="wm-left">⟦m 收件箱(12)　草稿箱　已发送　已删除　垃圾邮件⟧</div>
<div class="wm-ops">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-head">
<p>⟦m 主题：呈转：关于定制采访相机包的函.docx⟧</p>
<p>⟦m 发件人：庄晓禾 &lt;zhuangxh@yyrm.cn&gt;⟧</p>
<p>⟦m 收件人：行囊箱包业务部 &lt;sales@xingnangbag.com&gt;⟧</p>
<p>⟦m 时间：2025年7月4日（星期五）上午10:16⟧</p></div>
<div class="wm-body">
<p>⟦m 您好，函件正文如下，盖章扫描件见附件，请查收。⟧</p>
{BODY}
</div>
<div class="wm-att"><b>⟦a 附件（2 个）⟧</b>
<p>⟦a 采访相机包款式示意图.jpg (312K)　下载　预览⟧</p><p>⟦a 包身标识设计稿.pdf (1.2M)　下载　预览⟧</p></div>
<div class="wm-foot">⟦m 澐阳邮 v6.2　技术支持：县信息中心⟧</div>
</body></html>
""",
        body="""
喆州市行囊箱包有限公司：
我中心因新闻采访工作需要，拟向贵公司定制采访专用相机包30只。现将有关要求函告如下：
一、款式要求。双肩款，可容纳一台相机、两只镜头和一台笔记本电脑，侧面开口，包身印制“澐阳融媒”标识。
二、材质要求。面料防泼水，底部加厚耐磨，配独立防雨罩。
三、交货时间。请于8月15日前交货，交货前提供样品一只供我中心确认。
请贵公司收函后5个工作日内提供报价及设计样稿。
联系人：庄晓禾，电话：0739-6219032，邮箱：zhuangxh@yyrm.cn。
附件：1.采访相机包款式示意图
2.包身标识设计稿
澐阳县融媒体中心
2025年7月2日
""",
    ),
    dict(
        slug="mailtext-request-foot-warmers-sanitation-workers",
        site="转发邮件文本 (invented, forwarded mail saved as text)",
        style="邮件转发",
        genre="请示",
        kind="report",
        form="text",
        source="file:///mail-export/2024-12/hwc-qingshi-nuanjiaobao.eml.txt",
        title="关于为一线环卫工人配发暖脚宝的请示",
        record_title="〔转阅〕关于为一线环卫工人配发暖脚宝的请示",
        date="2024-12-05",
        date_also=["2024-12-06"],
        notes="forwarded mail as text: the forwarder's note and the forwarded header lines (send date differs "
        "from the 请示's date: also accepted); the request's own contact; 抄送 line kept in the body",
        page="""
!m 发件人：周慕白 <zhoumb@ycsgj.gov.cn>
!m 发送时间：2024年12月6日 9:14
!m 收件人：城管局财务科
!m 主题：〔转阅〕关于为一线环卫工人配发暖脚宝的请示
!m 财务科：环卫处的请示转给你们，下午局务会要议，请先核一下经费。
!m ---------- 原始邮件 ----------
!m 发件人：彧城区环境卫生管理处 <hwc@ycsgj.gov.cn>
!m 发送时间：2024年12月5日 16:40
{T}
{BODY}
!d 此邮件可能包含内部信息，如误收请删除并告知发件人
""",
        body="""
区城市管理局：
入冬以来，我区气温持续偏低，一线环卫工人凌晨4点即上岗清扫，长时间在户外作业，手脚冻伤情况时有发生。为切实关心关爱环卫工人，我处拟为全区一线环卫工人每人配发充电式暖脚宝1个，现将有关事项请示如下：
一、配发对象。全区一线道路清扫保洁人员共计426人。
二、经费预算。按每个暖脚宝85元计算，共需经费3.62万元，拟从环卫作业经费中列支。
三、采购方式。由我处按照政府采购有关规定，采取询价方式采购，12月20日前发放到位。
联系人：卞青禾，电话：0731-5516230。
妥否，请批示。
彧城区环境卫生管理处
2024年12月5日
抄送：区财政局。
""",
    ),
]
