"""holdout273, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML and one text each).

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-silkworm-tray",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan-wiki.cn/item/蚕匾/30417",
        title="蚕匾",
        record_title="蚕匾_知源百科",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, 'edit this section' links glued to section headings, reference markers glued after 。; an entry with no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>蚕匾_知源百科</title>
</head><body>
<div class="wk-top">⟦m 知源百科⟧ <input placeholder="搜索词条"> <a>⟦a 登录⟧</a></div>
<div class="wk-tabs">⟦a 词条　编辑　讨论　历史版本⟧</div>
<h1 class="wk-title">{T}</h1>
<div class="wk-sub">⟦m 竹编养蚕器具⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：蚕匾⟧</td></tr><tr><td>⟦m 别　名：蚕箔、蚕筛⟧</td></tr><tr><td>⟦m 材　质：竹篾⟧</td></tr><tr><td>⟦m 用　途：养蚕⟧</td></tr></table>
<div class="toc"><b>⟦l 目录⟧</b><p>⟦l 1 形制　2 使用　3 现状⟧</p></div>
<div class="wk-body">
{BODY}
</div>
<div class="wk-ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 蚕桑生产技术手册．硙阳县蚕桑技术推广站编⟧</p><p>⟦l [2] 江南竹编器具图录⟧</p></div>
<div class="wk-foot">⟦d 本词条内容由网友共同编辑，如有不准确之处欢迎指正⟧<br>⟦m ©2025 知源百科⟧</div>
</body></html>
""",
        body="""
蚕匾是养蚕用的圆形或长方形浅边竹编器具，又称蚕箔、蚕筛，用于盛放蚕和桑叶。⟦m [1]⟧
形制⟦a 编辑本节⟧
传统蚕匾多用毛竹篾编成，圆匾直径一般为1米至1.3米，边高3至5厘米，匾底篾条细密，以便通气、漏沙。长方形蚕匾多用于小蚕共育室，便于在蚕架上层层叠放。⟦m [2]⟧
使用⟦a 编辑本节⟧
养蚕前，蚕匾须经刷洗、曝晒和消毒。饲养过程中，随着蚕体长大，需要不断“扩匾”，即把一匾蚕分到两匾或多匾，保持适当密度。蚕匾一般放在蚕架上，一架可放五至十层。
现状⟦a 编辑本节⟧
20世纪90年代以后，塑料蚕匾和方格簇逐渐普及，但在不少蚕区，竹编蚕匾因透气性好、价格低廉，仍被广泛使用。部分地方还将竹编蚕匾列入传统竹编技艺加以保护。
""",
    ),
    dict(
        slug="wiki-bowen-entry-flint-striker",
        site="博闻百科 (invented encyclopaedia, text)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://www.bowenbaike.com/view/huolian.html",
        title="火镰",
        title_also=["火镰（取火工具）"],
        record_title="火镰（取火工具）- 博闻百科",
        date=None,
        notes="entry as text: tabs, a disambiguated title line, an editing-team line with a relative update time, an infobox line, references and tags; no date",
        page="""
!m 博闻百科 › 民俗 › 生活器物
!a 编辑 ｜ 讨论 ｜ 历史版本 ｜ 收藏词条
!t 火镰（取火工具）
!m 本词条由“民俗器物”科普团队参与编辑　　浏览次数：8,904 ｜ 更新时间：2 个月前
!m 中文名：火镰　外文名：fire striker　类别：取火工具
{BODY}
!l 参考资料
!l 1. 眭德林．火镰考．杙城：北地民俗出版社
!l 词条标签：民俗　器物　取火
!d 词条内容仅供参考，如有疑问请咨询相关专业人士
!m 博闻百科 ©2025
""",
        body="""
火镰，中国古代的一种取火工具，因形似镰刀而得名，由钢制的镰片与火石、火绒配合使用。
使用时，一手持火石并压住火绒，一手持火镰向下斜击火石的锋利边缘，迸出的火星引燃火绒，再吹成明火。火绒多用艾草、蒲绒或硝制过的纸捻。
火镰常与火石、火绒一起装在皮制或布制的小袋中，系于腰间，称为“火镰包”。北方游牧民族的火镰包多有镶银、錾花装饰，兼具实用和佩饰功能。
19世纪末火柴传入后，火镰逐渐退出日常生活。现存火镰多见于民俗博物馆和私人收藏，部分地区的火镰锻制技艺已被列入非物质文化遗产名录。
""",
    ),
    dict(
        slug="netdisk-qingnang-forging-safety-rules-docx",
        site="青囊网盘 (invented cloud drive)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="html",
        source="https://pan.qingnang.cn/s/7fKq2Wd9",
        title="火镰传习点锻打作业安全规程",
        record_title="火镰传习点锻打作业安全规程.docx",
        date=None,
        notes="cloud-drive preview: VIP prompts, save/download row, page-marker paragraphs ❄n❄ cutting lines; decimal headings; a work rule with no date (the share time is relative)",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>火镰传习点锻打作业安全规程.docx - 青囊网盘</title>
<script src="/static/preview.js"></script>
</head><body>
<div class="pan-head">⟦m 青囊网盘⟧ <a>⟦a 开通超级会员⟧</a> <a>⟦a 登录⟧</a></div>
<div class="share-info">⟦t 火镰传习点锻打作业安全规程.docx⟧<br>⟦m 分享者：菲田传习点　　分享于 5 天前　　大小：64KB⟧</div>
<div class="share-btns"><button>⟦a 存入我的网盘⟧</button> <button>⟦a 普通下载⟧</button> <button>⟦a 会员极速下载⟧</button></div>
<div class="preview">
{BODY}
</div>
<div class="vip-tip">⟦a 非会员仅可预览前3页，开通超级会员查看全部⟧</div>
<div class="pan-foot">⟦d 网盘内容由用户自行上传分享，如涉及侵权请提交投诉⟧<br>⟦m 青囊网盘 pan.qingnang.cn⟧</div>
</body></html>
""",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="❄{n}❄", every=120, start=2),
        body="""
1.适用范围
本规程适用于菲田镇火镰传习点的锻打、淬火、打磨作业及取火体验活动。
2.作业前
2.1 检查炉膛、风箱、铁砧、锻锤是否完好，锤头与锤柄连接牢固。
2.2 作业人员穿戴帆布围裙、护目镜和防烫手套，不得穿化纤衣服。
2.3 清理作业区内的木屑、纸张等易燃物，灭火器放在取用方便的位置。
3.作业中
3.1 锻打时掌钳人与打锤人须口令一致，旁人站在铁砧侧后方2米以外。
3.2 淬火时工件缓慢入水，面部避开水面，防止蒸汽烫伤。
3.3 学徒和研学学员只能在师傅指导下打磨，不得上手锻打。
4.作业后
4.1 炉火熄灭后方可离开，余烬要用水浇透。
4.2 取火体验结束后，火绒、火石统一收回，清点无误后入柜上锁。
""",
    ),
    dict(
        slug="netdisk-yunti-bottle-return-plan-pdf",
        site="云屉网盘 (invented cloud drive, text)",
        style="网盘分享",
        genre="方案",
        kind="other",
        form="text",
        source="https://www.yunti-pan.com/s/cw2025hs",
        title="茨湾酱园空瓶回收抵扣活动实施方案",
        record_title="茨湾酱园空瓶回收抵扣活动实施方案.pdf",
        date="2025-10-20",
        notes="cloud-drive text: share line with a relative time, save/download row, page markers ⧑ n ⧑ on lines of their own cutting paragraphs; a start date inside the text; the company's signature date",
        page="""
!m 云屉网盘 · 分享文件
!m 分享者：ciwan_xs01　　分享时间：昨天 14:20　　有效期：永久
!t 茨湾酱园空瓶回收抵扣活动实施方案.pdf
!a 保存到网盘　　下载（2.1MB）
{BODY}
!a 预览只显示部分内容，开通会员可看完整文件
!d 请勿分享违法违规内容，一经发现将取消分享
!m 云屉网盘 yunti-pan.com
""",
        pages=dict(fmt="⧑ {n} ⧑", every=130, start=2),
        body="""
为减少包装浪费、降低玻璃瓶采购成本，公司决定在县内销售网点开展空酱油瓶回收抵扣活动，特制定本方案。
一、活动时间
2025年11月1日起长期开展。
二、回收范围
瓶身压印“茨湾”字样的500毫升、1.8升玻璃酱油瓶，瓶身完整、无裂纹，瓶内无杂物。
三、抵扣标准
500毫升瓶每只抵扣0.3元，1.8升瓶每只抵扣0.8元，抵扣金额只能用于购买本公司产品。
四、回收流程
网点验瓶、登记后放入专用周转箱，每周由公司物流车统一运回。回收瓶须经预洗、碱洗、高温冲洗和灯检四道工序，检验合格的方可重新灌装；有划痕、瓶口磕碰的一律破碎回炉。
五、职责分工
销售部负责网点培训和宣传，物流部负责周转箱配送和运输，灌装车间负责回收瓶清洗和检验，财务部按月与网点结算。
茨湾县茨湾酱园有限公司
2025年10月20日
""",
    ),
    dict(
        slug="snapshot-xunjie-beanbag-filling-reminder",
        site="寻芥搜索 (invented search-cache frame)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.xunjie.com/c?u=jy.ciwan.gov.cn/aqwd/202504/t20250425_1207.html",
        title="关于规范校园自制沙包填充物的安全提醒",
        record_title="快照存档 ▸ 关于规范校园自制沙包填充物的安全提醒 - 茨湾县教育局",
        date="2025-04-25",
        notes="search-cache frame: capture banner with a capture time, highlighted-terms line, the original page's chrome inside; the capture time is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>快照存档 ▸ 关于规范校园自制沙包填充物的安全提醒 - 茨湾县教育局</title>
</head><body>
<div class="cache-banner">⟦d 您正在查看寻芥搜索保存的历史页面，抓取时间：2025年5月3日 08:41，原页面可能已变动⟧<br>⟦m 原网址：http://jy.ciwan.gov.cn/aqwd/202504/t20250425_1207.html⟧<br>⟦m 已为您标亮的词：沙包　填充物⟧</div>
<div class="orig">
<div class="jy-top">⟦m 茨湾县教育局⟧ ⟦m 首页　教育动态　安全稳定　通知公告⟧</div>
<h2>{T}</h2>
<div class="jy-meta">⟦m 来源：安全稳定科　　点击数：622⟧</div>
<div class="jy-text">
{BODY}
</div>
<div class="jy-foot">⟦m 茨湾县教育局主办　技术支持：县教育信息中心⟧</div>
</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
近期，各校开展丢沙包等传统游戏，部分班级组织学生自制沙包。经了解，个别学生用沙子、碎石子甚至玻璃珠作填充物，存在砸伤、误吞等安全隐患。现提醒如下：
一、沙包填充物统一使用晒干的绿豆、玉米粒、荞麦壳等，不得使用沙石、玻璃珠、金属珠和细小塑料颗粒。
二、幼儿园及小学低年级使用的沙包，重量不超过150克，缝口须牢固，防止破漏后幼儿误吞填充物。
三、各校要将沙包游戏纳入课间安全教育，明确不得砸向头部、面部。
四、沙包要定期检查、清洗晾晒，发现霉变、破损及时更换。
茨湾县教育局安全稳定科
2025年4月25日
""",
    ),
    dict(
        slug="snapshot-textcache-weiyang-silkworm-rearing-plan",
        site="寻芥搜索 (invented text-only cache)",
        style="搜索快照",
        genre="方案",
        kind="other",
        form="text",
        source="https://cache.xunjie.com/t?u=www.weiyang.gov.cn/zwgk/csjs/202503/t20250313_87501.html",
        title="硙阳县2025年春蚕小蚕共育工作方案",
        record_title=None,
        date="2025-03-12",
        date_also=["2025-03-13"],
        notes="text-only cache: capture note with its time, original URL, the portal's crumbs and 发布时间; no title in the record (the title line); decimal headings; 成文日期 expected, the portal's date also accepted",
        page="""
!d 〔文字版〕这是寻芥搜索于 2025-03-30 保存的纯文字页面，原网页可能已更新
!m 原始网址：http://www.weiyang.gov.cn/zwgk/csjs/202503/t20250313_87501.html
!a 看完整快照 ｜ 回到搜索结果
!m 硙阳县人民政府 › 政务公开 › 蚕桑技术推广站
{T}
!m 发布时间：2025-03-13　　来源：县蚕桑技术推广站
{BODY}
!a 手机扫码看 ｜ 打印 ｜ 关闭
!m 硙阳县人民政府办公室主办
""",
        body="""
为提高小蚕饲养质量，减少蚕病发生，县蚕桑技术推广站决定在全县推行春蚕小蚕共育，特制定本方案。
1 共育规模
全县设小蚕共育室18个，计划共育蚕种3200张，覆盖养蚕农户850户。
2 技术要求
2.1 共育室和蚕匾、蚕架在收蚁前7天完成消毒，消毒后密闭24小时。
2.2 小蚕用长方形蚕匾饲养，一至二龄每匾不超过半张，三龄扩至一张。
2.3 共育期间室温保持26—28℃，相对湿度80%—85%。
3 分发与指导
3.1 小蚕养至三龄第二天分发到户，分发前由技术员检查蚕体健康状况。
3.2 分发后一周内，技术员逐户回访，指导扩匾和大蚕期消毒。
4 经费保障
共育室消毒药品和新增蚕匾由县财政给予补助，每张蚕种补助12元。
硙阳县蚕桑技术推广站
2025年3月12日
""",
    ),
    dict(
        slug="print-jichuan-kindergarten-dragonfly-fathers",
        site="笄川县第一幼儿园 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jcdyyey.cn/print.asp?id=512",
        title="关于开展“和爸爸一起做竹蜻蜓”亲子活动的通知",
        record_title="〔打印窗口〕关于开展“和爸爸一起做竹蜻蜓”亲子活动的通知 - 笄川县第一幼儿园",
        date="2025-06-09",
        notes="print view calling window.print(): print stamp, print/close buttons, a print footer ⊸ 1 / 1 ⊸; 接龙报名 as content; the kindergarten's signature date",
        page="""
<html><head><meta charset="utf-8">
<title>〔打印窗口〕关于开展“和爸爸一起做竹蜻蜓”亲子活动的通知 - 笄川县第一幼儿园</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style>
</head><body>
<div class="noprint">⟦a 〔打印本页〕〔关闭窗口〕⟧</div>
<div class="ph">⟦m 笄川县第一幼儿园　www.jcdyyey.cn⟧</div>
<h2 align="center">{T}</h2>
<div class="pm">⟦m 栏目：家园共育　　打印于 2025-06-10 08:15⟧</div>
<div class="pc">
{BODY}
</div>
<div class="pf">⟦p ⊸ 1 / 1 ⊸⟧</div>
</body></html>
""",
        body="""
各位家长：
六月的第三个星期日是父亲节。为增进亲子感情，培养幼儿动手能力，我园定于6月13日（星期五）下午举办“和爸爸一起做竹蜻蜓”亲子活动。现将有关事项通知如下：
一、参加对象：大班、中班幼儿及爸爸（爸爸不便的可由其他家长代替）。
二、活动流程：15:00入园签到；15:10观看竹蜻蜓制作视频；15:30亲子制作；16:20操场放飞。
三、材料准备：竹片和竹签由幼儿园统一准备，削制环节只由家长操作，幼儿负责涂色和试飞。
四、安全提示：请家长看管好刻刀，放飞时听从老师指挥，不对着小朋友放。
请家长于6月11日前在班级群内接龙报名。
笄川县第一幼儿园
2025年6月9日
""",
    ),
    dict(
        slug="print-ciwan-culture-speech-soy-bottle-museum",
        site="茨湾县文旅网 (invented, print view as text)",
        style="打印页",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.ciwanwl.cn/dt/2025/0927/604.html?print=1",
        title="在茨湾酱园酱油瓶陈列馆开馆仪式上的致辞",
        record_title="【打印留存版】在茨湾酱园酱油瓶陈列馆开馆仪式上的致辞 - 茨湾县文旅网",
        date="2025-09-26",
        notes="print view as text: print time and page URL, a date under the speech title and a speaker line (neutral), print/close buttons, a print footer ⍍ 1／1 ⍍",
        page="""
!m 茨湾县文旅网 — 打印版
!m 打印时间：2025-09-28 10:02　　本页网址：http://www.ciwanwl.cn/dt/2025/0927/604.html
!t 【打印留存版】在茨湾酱园酱油瓶陈列馆开馆仪式上的致辞
{T}
（2025年9月26日）
县文化和旅游局局长　郦晓峰
{BODY}
!a 【开始打印】【关闭本窗口】
!p ⍍ 1／1 ⍍
""",
        body="""
各位来宾、朋友们：
大家上午好！今天，茨湾酱园酱油瓶陈列馆正式开馆了。我代表县文化和旅游局，向陈列馆的开馆表示热烈祝贺！
这座小小的陈列馆，收藏了从清末到今天的各式酱油瓶三百余件，有粗陶罐、青花瓷瓶，也有印着“公私合营”字样的玻璃瓶。一只只酱油瓶，记录着茨湾百年晒酱的历史，也装着几代人“打酱油”的生活记忆。
希望茨湾酱园把陈列馆办成了解地方饮食文化的窗口，和周边的晒酱场、老街连成一条线，让游客既能看老瓶、听故事，又能尝到好酱油。县文旅局将把陈列馆纳入全县工业旅游线路，给予支持。
最后，祝陈列馆越办越好！谢谢大家！
""",
    ),
    dict(
        slug="webmail-zhuyun-fwd-letter-tray-order-wps",
        site="竹韵企业邮箱 (invented webmail reading view)",
        style="邮件转发",
        genre="函",
        kind="notice",
        form="html",
        source="https://mail.zhuyun-bamboo.cn/read?mid=ZC20250221091402",
        title="关于商请供应春蚕竹编蚕匾的函",
        record_title="Fwd: 关于商请供应春蚕竹编蚕匾的函.wps",
        date="2025-02-20",
        date_also=["2025-02-21"],
        notes="webmail reading view: toolbar, mail headers (a 抄送 header beside the letter's own 抄送 line), forwarded header, an attachment bar beside the letter's own 附件 list and contact; file-name subject; the letter's date expected, the mail's send date also accepted",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Fwd: 关于商请供应春蚕竹编蚕匾的函.wps - 竹韵企业邮箱</title>
</head><body>
<div class="mail-top">⟦m 竹韵企业邮箱⟧ <span>⟦m sales@zhuyun-bamboo.cn⟧</span> <a>⟦a 退出⟧</a></div>
<div class="mail-tools">⟦a 返回　回复　回复全部　转发　删除　标记为⟧</div>
<div class="mail-head">
<h3>⟦t Fwd: 关于商请供应春蚕竹编蚕匾的函.wps⟧</h3>
<p>⟦m 发件人：逄建国 &lt;pangjg@jiyuan-town.cn&gt;⟧</p>
<p>⟦m 收件人：竹韵销售部 &lt;sales@zhuyun-bamboo.cn&gt;⟧</p>
<p>⟦m 抄　送：槔溪县农业农村局 &lt;nyj@gaoxi.gov.cn&gt;⟧</p>
<p>⟦m 时　间：2025年2月21日(星期五) 上午9:14⟧</p>
</div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>⟦m 发件人：桔源镇政府办 &lt;zfb@jiyuan-town.cn&gt;⟧</p>
<p>⟦m 主题：关于商请供应春蚕竹编蚕匾的函⟧</p>
{BODY}
</div>
<div class="attach-bar">⟦a 附件（2 个）：蚕匾规格示意图.pdf (312K)　共育室分布及交货地点.xlsx (18K)　打包下载⟧</div>
<div class="mail-foot">⟦d 本邮件经竹韵企业邮箱安全扫描，未发现病毒⟧</div>
</body></html>
""",
        body="""
桋山县竹韵竹制品有限公司：
我镇今年计划新建小蚕共育室3个，需添置竹编蚕匾1500只。经镇农业服务中心比选，贵公司产品质量可靠、供货及时，特商请贵公司给予供应。具体事项如下：
一、规格：圆形竹编蚕匾，直径1.2米，边高4厘米，篾面平整，无霉无蛀，不刷油漆。
二、数量及交货：共1500只，分两批交货，第一批800只于3月10日前、第二批700只于3月25日前送至桔源镇农业服务中心。
三、价格：请贵公司于2月28日前报价，并提供产品合格证明和近期抽检报告。
联系人：桔源镇农业服务中心　逄建国，电话：0718-6527309，邮箱：pangjg@jiyuan-town.cn。
附件：1.蚕匾规格示意图
2.共育室分布及交货地点
桔源镇人民政府
2025年2月20日
抄送：槔溪县农业农村局
""",
    ),
    dict(
        slug="mail-weiyang-fwd-referee-training-notice",
        site="坩口镇中心小学邮件系统 (invented, forwarded mail as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:tiyuzu@gkzx.edu.cn?mid=20250916103701",
        title="关于举办传统体育游戏裁判员培训班的通知",
        record_title="转发：关于举办传统体育游戏裁判员培训班的通知",
        date="2025-09-15",
        date_also=["2025-09-16"],
        notes="a forwarded mail as text: outer headers, the mail's own attachment header, a forwarder's note (neutral), forwarded headers; the notice's own 附件 line, contact and mailbox; 成文日期 expected, the send date also accepted",
        page="""
!m 发件人：坩口镇中心小学教务处 <jwc@gkzx.edu.cn>
!m 发送时间：2025年9月16日 星期二 10:37
!m 收件人：体育组全体
!t 主题：转发：关于举办传统体育游戏裁判员培训班的通知
!m 附件：培训报名回执.docx（16.2KB）
各位老师：县里的培训通知转给大家，有意参加裁判培训的请周五前报给我。
!m ---------- 转发邮件信息 ----------
!m 发件人："县文旅体局体育股" <tyg@weiyang-ty.cn>
!m 发送时间：2025年9月16日(星期二) 上午8:52
{BODY}
!d 此邮件由坩口镇中心小学邮件系统发送，若非指定收件人请删除
""",
        body="""
各乡镇文化站，县直各学校：
为做好全县中小学生沙包掷准比赛的裁判工作，县文化旅游体育局定于9月27日举办传统体育游戏裁判员培训班。现将有关事项通知如下：
一、培训对象：各学校体育教师1名，各乡镇文化站文体专干1名。
二、培训内容：沙包掷准、踢毽、跳绳等项目的竞赛规则、裁判方法和场地布置。
三、培训时间地点：9月27日上午8:30报到，地点为县全民健身中心二楼会议室。
四、报名要求：请于9月22日前将报名回执发送至邮箱wytyj_sts@weiyang-ty.cn。
培训课件将在“硙阳体育”公众号同步发布，请各单位关注。
联系人：帅建平，电话：0718-5248116。
附件：培训报名回执
硙阳县文化旅游体育局
2025年9月15日
""",
    ),
]
