"""holdout287, part D: download stations, personnel-exam sites, tender portals, law firms and
residents' sites. Invented text (sites, places, people, numbers, URLs); see ../README.md and
../build.py."""

CASES = [
    dict(
        slug="download-zhangdeng-pastryboard-rules-fileinfo",
        site="掌灯资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.zhangdeng-zl-example.com/soft/zhidu/8831.html",
        title="面点间擀面板清洗消毒规程",
        record_title="面点间擀面板清洗消毒规程 [DOC·免积分] - 掌灯资料站",
        date=None,
        notes="old gb2312 download station: file-info table (an update stamp, no date), three mirror links, an unzip password, a dead-link report; 第N条 articles with an effective-on-issue clause (no date)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>面点间擀面板清洗消毒规程 [DOC·免积分] - 掌灯资料站</title>
<script language="javascript" src="/js/down.js"></script>
</head><body>
<table width="950" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td>⟦m 掌灯资料站⟧</td><td align="right">⟦m 夜里也能找到的好资料⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 规章制度 | 合同协议 | 表格模板 | 总结报告⟧</td></tr>
<tr><td colspan="2">⟦m 当前位置：掌灯资料站 → 规章制度 → 餐饮管理⟧</td></tr>
</table>
<table width="950" align="center" border="1" bordercolor="#D7D7D7" cellspacing="0" cellpadding="3">
<tr><td colspan="4" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：36 KB⟧</td><td>⟦m 资料格式：DOC⟧</td><td>⟦m 更新时间：2025-02-11⟧</td><td>⟦m 下载次数：1277⟧</td></tr>
<tr><td>⟦m 授权方式：免费⟧</td><td>⟦m 运行环境：Word/WPS⟧</td><td colspan="2">⟦m 解压密码：zhangdeng⟧</td></tr>
<tr><td colspan="4"><b>⟦m 资料简介：⟧</b><br>
{BODY}
</td></tr>
<tr><td colspan="4">⟦a 下载地址：电信下载　联通下载　备用下载⟧</td></tr>
<tr><td colspan="4"><font color="red">⟦a 链接打不开？点这里告诉站长⟧</font></td></tr>
</table>
<table width="950" align="center"><tr><td class="bottom">⟦d 本站资料来自网友投递，只供参考，请勿用于商业用途⟧<br>⟦m 掌灯资料站 zhangdeng-zl-example.com　湘ICP备10021754号⟧</td></tr></table>
</body></html>
""",
        p_html="{}<br>",
        body="""
第一条　为防止擀面板发霉、串味和交叉污染，保证面点制品卫生安全，制定本规程。
第二条　面点间擀面板实行专板专用，生面制作与熟食装配的擀面板分开使用，并用不同颜色标签区分。
第三条　每次使用后，先用刮板刮净面渣，再用温水和食品用洗涤剂刷洗，最后用清水冲净。
第四条　每日收工后，擀面板应用75℃以上热水烫洗或放入消毒柜消毒，竖立存放在通风架上，不得平放叠压。
第五条　发现擀面板开裂、起毛、霉变的，应立即停用并报告厨师长，由厨师长登记后更换。
第六条　本规程由餐饮部负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="download-gongwenbaohe-lampstand-plan-wps",
        site="公文宝盒 (invented download site)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gwbaohe-example.com/down/fangan/20250123/4417.html",
        title="元宵灯会灯台安全布置方案",
        record_title="元宵灯会灯台安全布置方案.wps",
        date="2025-01-20",
        notes="file-name record title (.wps); the page's add stamp is no date; the 成文日期 under the signature; mirror links, a preview-only line and related downloads",
        page="""
!m 公文宝盒 · 资料下载
!m 当前：首页 » 方案计划 » 活动方案
!t 元宵灯会灯台安全布置方案.wps
!m 资料类别：活动方案　资料格式：WPS　授权：免费　添加时间：2025-01-23
!a 本地高速下载　|　网盘下载　|　迅雷下载
{BODY}
!a 以上为部分内容预览，完整文档请点上方按钮下载
!d 宝盒资料收集自网络，版权归原作者，若有异议请来信
!l 相关下载：灯会消防安全应急预案.doc｜春节文化活动安全保障方案.docx
""",
        indent="\u3000\u3000",
        body="""
为确保今年元宵灯会期间灯台、灯组安全运行，结合往年经验，制定本方案。
一、布置范围
姝桥镇古街及文化广场共设置大型灯台12座、沿街灯组86组。
二、安全要求
（一）灯台基座应采用配重或地锚固定，高度超过3米的灯台须设置拉索，能抵御六级大风。
（二）灯台内一律使用LED光源，严禁使用明火、蜡烛和大功率卤素灯。
（三）电线须穿管敷设，配电箱加装漏电保护装置，并设置防雨措施。
三、检查验收
灯台安装完毕后，由镇应急办、供电所和消防救援站联合验收，验收合格后方可通电亮灯。灯会期间每晚安排电工值守。
姝桥镇人民政府
2025年1月20日
""",
    ),
    dict(
        slug="exam-jingyang-hairnet-practical-admission-ticket",
        site="觐阳市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.jyrsks-example.cn/kwgg/2025/0603/612.html",
        title="关于食品检验员岗位实操考核有关事项的通知",
        record_title="〔实操考务〕关于食品检验员岗位实操考核有关事项的通知 - 觐阳市人事考试网",
        date="2025-06-03",
        notes="personnel-exam site: maintenance banner, an admission-ticket float, a technical line beside the exam's own 咨询电话; a timetable (one row a paragraph); 下载并打印准考证 as content; 附件",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔实操考务〕关于食品检验员岗位实操考核有关事项的通知 - 觐阳市人事考试网</title>
<script src="/js/ks-main.js"></script>
</head><body>
<div class="notice-bar">⟦d 系统将于本周六凌晨升级维护，期间暂停网上报名与缴费⟧</div>
<div class="header">⟦m 觐阳市人事考试网⟧ ⟦m 觐阳市人事考试中心主办⟧</div>
<div class="menu">⟦m 首页⟧ ⟦m 考务公告⟧ ⟦m 成绩查询⟧ ⟦m 证书办理⟧ ⟦m 政策法规⟧</div>
<div class="position">⟦m 位置：首页 ＞ 考务公告 ＞ 事业单位招聘⟧</div>
<div class="article"><h1>{T}</h1>
<div class="attr">⟦m 发布者：考务科　来源：觐阳市人事考试中心　点击：4921⟧</div>
<div class="text">
{BODY}
</div>
<div class="att">⟦a 附件：实操考核考生须知.pdf（点击下载）⟧</div>
</div>
<div class="float-box">⟦a 准考证打印入口 ›⟧</div>
<div class="footer">⟦m 网上报名技术咨询：0795-8132099（工作日 9:00-17:00）⟧<br>⟦m 觐阳市人事考试中心 版权所有⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各位考生：
觐阳市2025年事业单位公开招聘食品检验员岗位实操考核定于6月14日举行，现将有关事项通知如下。
一、考生须于6月10日至13日登录本网站下载并打印实操考核准考证。
二、考核时间和地点如下：
场次　时间　地点
第一场　6月14日8:30—11:30　市食品检验检测中心二楼实验室
第二场　6月14日14:30—17:30　市食品检验检测中心二楼实验室
三、考生须自备白色实验服，进入实验室前按要求佩戴发网和口罩，长发考生须将头发全部盘起，未按要求穿戴的不得进入考场。
咨询电话：0795-8132076（工作日）。
附件：实操考核考生须知
觐阳市人力资源和社会保障局
2025年6月3日
""",
    ),
    dict(
        slug="exam-yiling-jewelbox-lacquer-skill-appraisal",
        site="猗岭县职业技能鉴定网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.yljd-example.cn/jdgg/2025/0512/93.html",
        title="关于2025年漆器首饰盒制作工职业技能等级认定的公告",
        record_title="〖鉴定公告〗关于2025年漆器首饰盒制作工职业技能等级认定的公告_猗岭县职业技能鉴定网",
        date="2025-05-12",
        notes="appraisal site: a not-yet-open entry link and a technical line beside the appraisal's own 咨询电话 in the body; a byline with the same date; a year in the title",
        page="""
!m 猗岭县职业技能鉴定网
!m 首页 ▸ 鉴定公告
!t 〖鉴定公告〗关于2025年漆器首饰盒制作工职业技能等级认定的公告
!m 发布日期：2025-05-12　来源：鉴定中心　阅读：193
{BODY}
!a 网上报名入口（暂未开通）
!m 技术服务电话：0796-7510090
!m 猗岭县职业技能鉴定中心主办　地址：猗岭县工业大道22号
""",
        indent="\u3000\u3000",
        body="""
根据年度认定计划，我中心定于6月组织开展漆器首饰盒制作工职业技能等级认定，现将有关事项公告如下。
一、认定等级：五级/初级工、四级/中级工。
二、报名条件：从事漆器首饰盒制作相关工作满1年，或经本职业正规培训达规定标准学时。
三、报名时间：5月15日至5月30日，报名者携带身份证、工作年限证明到认定中心现场报名。
四、考核内容：理论知识考试和操作技能考核，操作技能考核为在首饰盒坯上完成刮灰、髹漆、描金三道工序。
五、咨询电话：0796-7512384。
猗岭县职业技能鉴定中心
2025年5月12日
""",
    ),
    dict(
        slug="tender-jingyang-lampstand-replica-bid-result",
        site="觐阳市公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.jingyang-example.gov.cn/jyxx/zfcg/zbjg/2025/0418/3390.html",
        title="觐阳市博物馆仿古灯台复制品采购项目中标结果公告",
        record_title="觐阳市博物馆仿古灯台复制品采购项目中标结果公告 - 采购结果 - 觐阳市公共资源交易平台",
        date="2025-04-18",
        notes="tender portal: publicity countdown, CA and trading-system lines beside the purchaser's and agency's contacts (in the body); a bid-lot table; the agency's signature date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>觐阳市博物馆仿古灯台复制品采购项目中标结果公告 - 采购结果 - 觐阳市公共资源交易平台</title>
<script src="/js/ggzy.js"></script>
</head><body>
<div class="top">⟦m 觐阳市公共资源交易平台⟧ <a>⟦a 主体登录⟧</a> <a>⟦a 主体注册⟧</a></div>
<div class="menu">⟦m 首页⟧ ⟦m 交易信息⟧ ⟦m 政策法规⟧ ⟦m 办事指南⟧ ⟦m 诚信体系⟧</div>
<div class="pos">⟦m 交易信息 &gt; 政府采购 &gt; 采购结果⟧</div>
<div class="detail"><h3>{T}</h3>
<div class="sub">⟦m 信息来源：觐阳信衡招标咨询有限公司　浏览：206⟧</div>
<div class="count">⟦m 公示剩余：0天18时22分⟧</div>
<div class="ewb-con">
{BODY}
</div></div>
<div class="svc">⟦m CA证书办理咨询：400-0795-618⟧<br>⟦m 交易系统技术支持：0795-8199000⟧</div>
<div class="foot">⟦m 主办：觐阳市公共资源交易中心　粤ICP备14033517号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
一、项目编号：JYZC-2025-0317
二、项目名称：觐阳市博物馆仿古灯台复制品采购项目
三、中标信息：
包号　名称　中标供应商　中标金额（元）
1　汉代陶灯台复制品　觐阳陶艺坊有限公司　186000
2　唐代三彩灯台复制品　猗岭三彩工艺厂　243500
3　明清铜锡灯台复制品　婵口铜器制作社　158800
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：觐阳市博物馆，联系人：江老师，电话：0795-8236610
采购代理机构：觐阳信衡招标咨询有限公司，联系人：何工，电话：0795-8199237
觐阳信衡招标咨询有限公司
2025年4月18日
""",
    ),
    dict(
        slug="tender-luxi-kindergarten-pastryboard-inquiry-record-date",
        site="垆溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.luxi-example.gov.cn/cggg/xjgg/2025/0326/118.html",
        title="垆溪县第二幼儿园食堂擀面板等炊具采购询价公告",
        record_title="〔炊具询价〕垆溪县第二幼儿园食堂擀面板等炊具采购询价公告",
        record_date="2025-03-26",
        date="2025-03-26",
        notes="procurement page as text: the record gives the date; an items table; the purchaser's contact beside a CA line and the platform hotline; a bid deadline date inside the body",
        page="""
!m 垆溪县政府采购网
!m 采购公告 > 询价公告
!t 〔炊具询价〕垆溪县第二幼儿园食堂擀面板等炊具采购询价公告
!m 公告时间：2025-03-26　　浏览次数：97
{BODY}
!l 同类公告：垆溪县第一小学课桌椅采购询价公告｜县图书馆书架采购更正公告
!m CA数字证书客服：400-6608-0794
!m 平台服务热线：0794-5520000　　技术支持：垆溪县信息中心
""",
        indent="\u3000\u3000",
        body="""
垆溪县第二幼儿园食堂擀面板等炊具采购项目已具备采购条件，现进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
品名　规格　数量
实木擀面板　80×60厘米，整板无拼接　6块
擀面杖　长50厘米，实木　12根
不锈钢面盆　直径50厘米　8个
二、报价要求：供应商须具备营业执照，所供产品须符合食品接触材料相关标准。
三、报价截止时间：2025年4月2日17时，逾期不予受理。
四、联系方式：采购人垆溪县第二幼儿园，联系人：陶园长，电话：0794-5520716。
垆溪县第二幼儿园
2025年3月26日
""",
    ),
    dict(
        slug="lawfirm-hengze-jewelbox-courier-case-note",
        site="衡泽律师事务所 (invented)",
        style="律所网站",
        genre="案例",
        kind="other",
        form="html",
        source="https://www.hengzelaw-example.com/anli/2025/kuaidi-shoushihe.html",
        title="快递丢了传家首饰盒，只赔三倍运费？",
        record_title="判例说丨快递丢了传家首饰盒，只赔三倍运费？ - 衡泽律师事务所",
        date=None,
        notes="law firm: a lawyer card, consult float, 400 line, a repost notice, a 本文链接 line; a case note in 【案情】【审理】【提示】 parts; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>判例说丨快递丢了传家首饰盒，只赔三倍运费？ - 衡泽律师事务所</title>
<script src="/assets/consult.js"></script>
</head><body>
<div class="hd">⟦m 衡泽律师事务所⟧ ⟦m 专注民商事争议解决⟧ ⟦m 全国咨询：400-838-6620⟧</div>
<div class="nav">⟦m 首页⟧ ⟦m 律所简介⟧ ⟦m 专业团队⟧ ⟦m 判例说⟧ ⟦m 联系我们⟧</div>
<div class="case"><h1>{T}</h1>
<div class="lawyer">⟦m 撰文：沈知远 律师　执业证号 14405201810337216⟧</div>
<div class="case-body">
{BODY}
</div>
<div class="link">⟦m 本文链接：https://www.hengzelaw-example.com/anli/2025/kuaidi-shoushihe.html⟧</div>
<div class="repost">⟦d 本文为衡泽原创，转载请注明作者与出处；文中观点不作为个案法律意见⟧</div>
</div>
<div class="consult-float">⟦w 免费咨询　留下电话，律师10分钟内回电⟧</div>
<div class="more"><h4>⟦l 更多判例⟧</h4><p>⟦l 网购退货运费险，谁说了算？⟧</p><p>⟦l 邻居装修震裂我家瓷砖怎么赔⟧</p></div>
<div class="ft">⟦m 衡泽律师事务所　地址：觐阳市长庚路88号衡泽大厦12层⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
【案情】王女士通过快递寄送一个祖传的紫檀首饰盒，寄件时未保价。快递在运输途中丢失，快递公司只同意按运费的三倍赔偿，共计六十三元。王女士认为首饰盒价值远不止于此，遂诉至法院。
【审理】法院审理认为，快递单背面的限额赔偿条款属于格式条款，快递公司未以显著方式提示王女士注意，该条款对王女士不发生效力。但王女士未能充分证明首饰盒的实际价值，法院结合购买票据和鉴定意见，酌定快递公司赔偿八千元。
【提示】寄送贵重物品务必如实声明价值并保价，保留好购买凭证和寄件前的照片，一旦丢失，维权才有依据。
""",
    ),
    dict(
        slug="lawfirm-shouzheng-oilladle-answer",
        site="守正律师在线 (invented legal-advice site)",
        style="律所网站",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.shouzheng-lvshi-example.com/ask/881044.html",
        title="用不准的油提卖油，店主要担什么责任？",
        record_title="用不准的油提卖油，店主要担什么责任？（律师解答）- 守正律师在线",
        date=None,
        notes="legal-advice page as text: a lawyer's card, an answer time '4 天前' (no date), a not-advice notice, a consult prompt and related questions; 12315 as content",
        page="""
!m 守正律师在线 · 有事问律师
{T}
!m 提问：粮油店老板用的油提明显变形，每次打油都少，可以追责吗？
!m 解答律师：郁清和　执业8年　擅长消费维权　解答于 4 天前
{BODY}
!d 以上解答仅供参考，不构成对具体案件的法律意见
!w 还有疑问？一对一图文咨询，律师在线平均2分钟接单
!l 相关问题：农贸市场缺斤短两去哪投诉？｜商家短秤能要求十倍赔偿吗？
""",
        body="""
经营者使用不合格的计量器具或者破坏计量器具准确度，给国家和消费者造成损失的，应当依法承担赔偿责任，市场监管部门还可以没收计量器具和违法所得，并处以罚款。
具体到您说的情况，如果粮油店的油提经过改制、变形，导致每提少给顾客油量，属于短斤少两，顾客可以要求店主补足差额；情节严重、涉及人数较多的，可能构成欺诈，顾客可以主张增加赔偿。
建议您保留购油小票、现场称重的视频，先与店主协商，协商不成可以拨打12315投诉。
""",
    ),
    dict(
        slug="community-yanyuan-jewelbox-swap-notice-grid",
        site="嫣园社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yanyuan-sq-example.cn/gg/2025/0410/66.html",
        title="关于开展旧首饰盒换绿植活动的通知",
        record_title="嫣园社区｜关于开展旧首饰盒换绿植活动的通知（欢迎参与）",
        date="2025-04-10",
        notes="residents' site: weather line, a grid member's box and a property repair line beside the community's own 咨询电话 (in the body); 扫描…二维码 as content; a comment count",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>嫣园社区｜关于开展旧首饰盒换绿植活动的通知（欢迎参与）</title>
<script src="/js/weather-widget.js"></script>
</head><body>
<div class="bar">⟦m 嫣园社区服务网⟧ ⟦m 今日 多云 14～22℃ 空气质量 良⟧</div>
<div class="nav">⟦m 社区首页⟧ ⟦m 通知公告⟧ ⟦m 办事指南⟧ ⟦m 邻里互助⟧ ⟦m 志愿服务⟧</div>
<div class="main"><h2>{T}</h2>
<p class="meta">⟦m 发布：嫣园社区居委会　浏览 356⟧</p>
{BODY}
<div class="cmt">⟦l 居民留言（14）　我来说两句⟧</div>
</div>
<div class="side">
<div class="grid">⟦m 第三网格　网格员：卢海燕　手机 13807956720⟧</div>
<div class="wy">⟦m 物业24小时报修：0795-8307700⟧</div>
</div>
<div class="foot">⟦m 嫣园社区居民委员会　觐阳市胥湖区嫣园路15号⟧</div>
</body></html>
""",
        p_html="<p>{}</p>",
        body="""
各位居民朋友：
家里有没有闲置的首饰盒？为倡导旧物循环利用，社区将于4月19日（周六）上午9点至11点在中心广场开展“旧首饰盒换绿植”活动。现将有关事项通知如下。
一、每户可用1至3个完好的旧首饰盒兑换多肉、绿萝等绿植各1盆，兑完为止。
二、收集的首饰盒将由社区手工社改造成针线盒、收纳盒，送给辖区独居老人。
三、参加活动请提前扫描社区公告栏上的二维码登记，现场凭登记信息兑换。
咨询电话：社区居委会 0795-8307721。
嫣园社区居民委员会
2025年4月10日
""",
    ),
    dict(
        slug="community-yiqiao-pastryboard-dumpling-notice",
        site="圯桥社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yiqiao-sq-example.com/notice/2025/0115/29.html",
        title="圯桥社区长者食堂“邻里包饺子”活动通知",
        record_title="圯桥社区长者食堂“邻里包饺子”活动通知（报名进行中）",
        date="2025-01-15",
        notes="residents' site as text: a posting line with the same date, a resident's comment and a login prompt, property and gas lines under the text; the community's own phone and 扫描…报名二维码 in the body",
        page="""
!m 圯桥社区网 · 邻里一家亲
!m 首页 | 社区公告 | 便民服务 | 志愿者之家
!t 圯桥社区长者食堂“邻里包饺子”活动通知（报名进行中）
!m 发布：社区居委会　时间：2025-01-15 16:20　浏览 231
{BODY}
!l 【留言】张阿姨：我家有两块老擀面板，明天送过去！
!a 我也要留言（需登录）
!m 物业客服：0795-8411000　　燃气抢修：0795-8411119
!m 圯桥社区网 版权所有 技术支持：觐阳智慧社区平台
""",
        body="""
各位居民朋友：
小年将至，圯桥社区长者食堂定于1月21日上午在食堂大厅举办“邻里包饺子”活动，邀请辖区老人和志愿者一起包饺子、话家常。
一、活动需要擀面板和擀面杖，食堂现有擀面板8块，欢迎家里有闲置擀面板的居民带来参加，活动结束后归还。
二、报名方式：扫描食堂门口的报名二维码，或拨打社区电话0795-8411036报名，名额40人。
三、包好的饺子一部分现场煮食，一部分由志愿者送给辖区10户独居老人。
圯桥社区居委会
2025年1月15日
""",
    ),
]
