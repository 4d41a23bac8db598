"""holdout36, part B: a retired engineer's collection, Party-building, hospital, university,
local-forum, download-station, personnel-exam, tendering, law-firm, residents' and association
pages: a shadow-puppet troupe, a soil-conservation station, a schistosomiasis hospital, a ski
school, a strawberry co-op, a kiln-site museum, a navel-orange association and others. Invented;
see ../README.md and ../build.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import html_page  # noqa: E402

CASES = [
    dict(
        slug="collection-laoqian-soil-station-1996-summary",
        site="钱伯年文存 (invented)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://qianbonian.example.cn/wencun/juan2/017.htm",
        title="一九九六年度水土保持站工作总结",
        record_title="文存·卷二｜一九九六年度水土保持站工作总结",
        date="1996-12-26",
        notes="personal collection with chapter navigation; decorated record title; signature date in Chinese numerals; a note by the collector (neutral) above the text",
        page="""
!m 钱伯年文存　　卷二　旧稿
!l 目录　｜　上一篇：治沟造地的几点体会　｜　下一篇：致老同事的一封信
{T}
（此稿为作者任浉岭县水土保持站站长时所写，收入文存时未作改动。）
{BODY}
!l ← 返回卷二目录
!m 文存由作者家人整理，转载请注明出处
!m 本页访问：1,209
""",
        body="""
一年来，我站在县水利局的领导下，以小流域综合治理为重点，完成治理面积四十二平方公里，超额完成年度计划。
全年新修梯田三千一百亩，营造水保林五千四百亩，修建谷坊和拦沙坝二十六座。
在工作中我们体会到，治理必须依靠群众，凡是群众参与早、受益快的小流域，治理成果就巩固得好。
明年我们将在黄沙沟流域推行承包治理，探索谁治理、谁管护、谁受益的办法。
浉岭县水土保持站
一九九六年十二月二十六日
""",
    ),
    dict(
        slug="dangjian-puppet-troupe-party-lecture-html",
        site="潆江先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yjxf.example.gov.cn/djgz/202507/t20250702_20931.html",
        title="守正创新 让皮影艺术在新时代焕发光彩——在县皮影剧团党支部七一专题党课上的讲话",
        record_title="守正创新 让皮影艺术在新时代焕发光彩——在县皮影剧团党支部七一专题党课上的讲话 - 潆江先锋网",
        date="2025-06-30",
        date_also=["2025-07-02"],
        notes="Party-building portal: speaker line and date under the title (neutral), byline with 发布时间 differing from the speech date; font row, print; related lectures; footer",
        page=html_page(
            "守正创新 让皮影艺术在新时代焕发光彩 - 潆江先锋网",
            '<div class="banner">⟦m 潆江先锋网⟧ ⟦m 中共潆江县委组织部主办⟧</div>\n'
            "<nav>⟦m 首页⟧ ⟦l 组工动态⟧ ⟦l 支部风采⟧ ⟦l 党课讲台⟧ ⟦l 学习园地⟧</nav>",
            '<div class="loc">⟦m 位置：首页 / 党课讲台⟧</div>\n'
            "<h1>{T}</h1>\n"
            '<div class="pubinfo">⟦m 发布时间：2025-07-02　作者：县文旅局机关党委　阅读次数：533⟧ ⟦a [字号：大 中 小]⟧ ⟦a [打印]⟧</div>\n'
            '<p class="speaker">县皮影剧团党支部书记　覃立新</p>\n'
            '<p class="speaker">（2025年6月30日）</p>\n'
            "{BODY}\n"
            '<div class="xg">⟦l 相关党课：“四下基层”专题党课讲稿⟧<br>⟦l 相关党课：做新时代的文艺轻骑兵⟧</div>',
            '<div class="box"><h3>⟦l 学习专题⟧</h3><p>⟦l 党纪学习教育⟧</p><p>⟦l 基层党建百日攻坚⟧</p></div>',
            "<p>⟦m 潆江先锋网　版权所有⟧　⟦m 湘ICP备16000731号⟧</p><p>⟦m 技术支持：潆江融媒科技⟧</p>",
        ),
        body="""
同志们：
今天是党的生日前夕，我们在排练厅里上一堂特别的党课，主题就是守正创新，让皮影艺术在新时代焕发光彩。
我们剧团成立六十多年，老一辈艺人挑着箱子走村串户，一盏灯、一块布，就把戏送到了群众身边。
守正，就是守住老艺人传下来的唱腔、雕刻和操纵技艺；创新，就是要让年轻观众愿意看、看得懂。
去年我们排演的新戏进校园演出四十二场，这说明只要用心，老艺术一样能走进新时代。
希望全体党员在排练和演出中带好头，把党支部建在戏台上，把初心写在影窗里。
""",
    ),
    dict(
        slug="hospital-xuefang-screening-notice-text",
        site="湑阳县血吸虫病专科医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xyxfyy.example.com/news/gonggao/2025/0610/233.html",
        title="关于在沿湖乡镇开展免费血吸虫病筛查的公告",
        record_title="关于在沿湖乡镇开展免费血吸虫病筛查的公告-湑阳县血吸虫病专科医院",
        date="2025-06-10",
        notes="hospital site: appointment and hotline prompts at the top and glued after a paragraph; the notice's own 咨询电话 kept; table of screening points one row a paragraph",
        page="""
!m 湑阳县血吸虫病专科医院　　仁心仁术　守护湖乡
!a 预约挂号　|　报告查询　|　就医指南
!w 24小时咨询：0731-86209120（微信同号）
!m 网站首页 > 医院公告
{T}
!m 发布：医务科　日期：2025/06/10　浏览：941
{BODY}
!l 上一篇：端午节门诊安排　下一篇：我院开展“世界献血者日”活动
!d 本站信息仅供参考，不能作为诊断及医疗的依据。
""",
        body="""
为做好血吸虫病早发现、早治疗，我院将于6月16日至6月27日在沿湖乡镇开展免费筛查，对象为当地常住居民和经常接触疫水的人员。⟦w 想了解更多？加院办微信 xyxf_kf ⟧
筛查地点及时间安排如下：
乡镇　地点　日期
南湖镇　镇卫生院　6月16日至18日
三汊乡　乡卫生院　6月19日至23日
北垸镇　镇文化站　6月24日至27日
请参加筛查的居民携带身份证，空腹前往。咨询电话：0731-86209033。
""",
    ),
    dict(
        slug="university-skischool-internship-plan-html-old",
        site="洺城体育职业学院 (invented)",
        style="高校官网",
        genre="工作方案",
        kind="plan",
        form="html",
        source="http://www.mcty.example.edu.cn/jwc/tzgg/2025/1103/1017.asp",
        title="冰雪运动与管理专业2025-2026学年雪季顶岗实习工作方案",
        record_title=None,
        date="2025-11-03",
        notes="old table-layout college page with a marquee, a visitor counter and a font row; no record title; date from the 成文日期; a numbered list",
        page=html_page(
            "洺城体育职业学院教务处",
            '<img src="/images/banner.jpg"><br>\n'
            "<marquee>⟦m 热烈祝贺我院学子在全省冰雪技能大赛中获得佳绩！⟧</marquee>\n"
            "<div>⟦m 学院首页⟧ | ⟦l 教务动态⟧ | ⟦l 教学管理⟧ | ⟦l 下载中心⟧</div>",
            '<table width="100%"><tr><td class="title">{T}</td></tr>\n'
            "<tr><td>⟦m 作者：教务处　时间：2025-11-3 16:40:12　点击数：276⟧</td></tr>\n"
            "<tr><td>⟦a 【字体：大 中 小】⟧ ⟦a 【双击滚屏】⟧</td></tr>\n"
            '<tr><td id="zoom">\n{BODY}\n</td></tr>\n'
            "<tr><td>⟦l 上一篇：关于2025年秋季期中教学检查的通知⟧<br>⟦l 下一篇：没有了⟧</td></tr></table>",
            '<table><tr><td>⟦l 最新公告⟧</td></tr><tr><td>⟦l ·关于调整冬季作息时间的通知⟧</td></tr>'
            "<tr><td>⟦l ·教师教学竞赛获奖名单⟧</td></tr></table>",
            "⟦m 版权所有：洺城体育职业学院　地址：洺城市雪岭路1号⟧<br>⟦m 您是本站第 0184527 位访问者⟧",
            old=True,
        ),
        body="""
为提高冰雪运动与管理专业学生的实践能力，按照人才培养方案要求，结合合作企业用人需求，制定本方案。
一、实习时间：2025年12月1日至2026年3月10日。
二、实习单位：洺城滑雪场、北坡冰雪乐园。
三、实习岗位：
1. 初级滑雪指导员；
2. 雪场巡逻救护员；
3. 雪具大厅服务员。
四、管理要求：每名学生配备校内、企业指导教师各一名，学生每周提交实习周志。
洺城体育职业学院教务处
2025年11月3日
""",
    ),
    dict(
        slug="localforum-yingjiang-strawberry-coop-oneline",
        site="潆江生活圈 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.yjshq.example.com/forum.php?mod=viewthread&tid=208836",
        title="草莓采摘园开园公告",
        record_title="【好消息】草莓采摘园开园公告，周末带娃去！",
        date="2025-12-18",
        notes="local forum post whose body is on one line (paragraphs separated by indent only); header meta and floor buttons; glued 'reply to view' prompt absent; signature date",
        oneline=True,
        indent="　　",
        page="""
!m 潆江生活圈 » 吃喝玩乐 » 周边游
!t 【好消息】草莓采摘园开园公告，周末带娃去！
!m 1# 楼主 田园小丽 发表于 3 天前 | 只看楼主 | 倒序浏览
{BODY}
!l 评分　收藏　分享　举报
!l 2# 回复 潆江老司机：去年去过，草莓很甜，支持！
!m 潆江生活圈 — 本地人的网上家园
""",
        body="""
各位朋友：
我社红颜草莓采摘园将于12月20日正式开园，欢迎市民朋友前来采摘。
采摘价格每斤三十元，六岁以下儿童免门票，园内提供免费停车。
为保护草莓植株，请勿践踏垄沟，采摘时请使用园区提供的篮子。
潆江县鲜果草莓种植专业合作社
2025年12月18日
""",
    ),
    dict(
        slug="download-station-kiln-museum-rules-asp",
        site="百川资料站 (invented)",
        style="资料下载站",
        genre="规章制度",
        kind="rules",
        form="html",
        source="http://www.baichuanzl.example.net/soft/2025/41806.html",
        title="窑址博物馆藏品库房管理办法",
        record_title="窑址博物馆藏品库房管理办法 Word版免费下载",
        date=None,
        notes="old ASP download station: file-info table, mirror links, dead-link report, unzip password; rules speak of 复制 and 下载 of images as content; no date",
        page=html_page(
            "窑址博物馆藏品库房管理办法 Word版免费下载 - 百川资料站",
            "<div>⟦m 百川资料站 www.baichuanzl.example.net⟧ ⟦a 设为首页⟧ ⟦a 加入收藏⟧</div>\n"
            "<div>⟦m 当前位置：首页 → 文档资料 → 管理制度⟧</div>",
            "<h2>{T}</h2>\n"
            "<table><tr><td>⟦m 资料大小：41 KB⟧</td><td>⟦m 资料语言：简体中文⟧</td></tr>\n"
            "<tr><td>⟦m 资料类型：管理制度⟧</td><td>⟦m 授权方式：免费资料⟧</td></tr>\n"
            "<tr><td>⟦m 更新时间：2025-10-17⟧</td><td>⟦m 推荐星级：★★★☆☆⟧</td></tr></table>\n"
            "<div class=\"intro\"><b>⟦m 资料简介：⟧</b>\n{BODY}\n</div>\n"
            "<div class=\"down\">⟦a 下载地址：电信下载一　联通下载二　本地高速下载⟧</div>\n"
            "<p>⟦a 解压密码：www.baichuanzl.example.net⟧</p>\n"
            "<p>⟦a 如果下载地址失效，请点此报告错误⟧</p>",
            "<table><tr><td>⟦l 本类下载排行⟧</td></tr><tr><td>⟦l 1. 档案室管理制度汇编⟧</td></tr><tr><td>⟦l 2. 文物出入库登记表⟧</td></tr></table>",
            "⟦d 本站资料均来源于网络，仅供学习研究，请于下载后24小时内删除。⟧<br>⟦m Copyright 2008-2025 百川资料站⟧",
            old=True,
        ),
        body="""
第一条 为加强藏品库房管理，确保藏品安全，根据文物保护有关法律法规，结合本馆实际，制定本办法。
第二条 库房实行双人双锁制度，保管员和安全员分别持有钥匙，任何人不得单独进入库房。
第三条 藏品出入库须填写登记单，经馆长签字同意后方可办理。
第四条 藏品影像资料未经批准不得复制，不得擅自下载或传至个人网盘。
第五条 库房温度保持在十六至二十二摄氏度，相对湿度保持在百分之四十五至六十。
第六条 本办法由馆办公室负责解释。
""",
    ),
    dict(
        slug="rsks-zhangkou-lock-keeper-exam-notice",
        site="滠口市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.skrsks.example.gov.cn/ksxx/sydw/2025/0422/1388.html",
        title="2025年滠口船闸管理所公开招聘工作人员笔试公告",
        date="2025-04-22",
        record_date="2025-04-22",
        notes="personnel-exam site: exam-table kept; print-admit sentence in the body; the site's 技术咨询 phone at the top vs the notice's own 政策咨询电话; 附件",
        page="""
!m 滠口市人事考试网
!w 报名技术咨询（工作日）：0712-2296550
!m 首页 > 考试信息 > 事业单位
{T}
!m 发布日期：2025-04-22　　字号：T|T
!a 【我要打印】【关闭窗口】
{BODY}
!l 附件下载区：点击此处下载
!m 主办：滠口市人力资源和社会保障局　技术支持：滠口信息中心
""",
        body="""
根据招聘工作安排，现将2025年滠口船闸管理所公开招聘工作人员笔试有关事项公告如下。
一、笔试时间及科目
日期　时间　科目
5月10日　9:00-11:00　公共基础知识
5月10日　14:00-15:30　航运专业知识
二、准考证打印
报考人员请于5月6日9:00至5月9日17:00登录本网站下载打印准考证。
三、其他事项
考生须携带准考证和有效身份证件参加考试，缺一不得入场。
政策咨询电话：0712-2281067
附件：考场须知
滠口市人力资源和社会保障局
2025年4月22日
""",
    ),
    dict(
        slug="tender-shunxi-waste-plant-slag-bid-result",
        site="潕溪县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.wuxi-cnty.example.gov.cn/jyxx/zfcg/zbgg/202508/t20250826_7715.html",
        title="潕溪县垃圾焚烧发电厂炉渣综合利用服务项目中标结果公告",
        record_title="潕溪县垃圾焚烧发电厂炉渣综合利用服务项目中标结果公告（项目编号：WXCG-2025-0088）",
        date="2025-08-26",
        notes="tender platform: project-info table, bid table kept one row a paragraph; the notice's own 联系人 next to the platform's CA hotline; watch-count",
        page=html_page(
            "潕溪县公共资源交易中心",
            '<div class="hd">⟦m 潕溪县公共资源交易中心⟧ ⟦a 用户登录⟧ ⟦a 投标人注册⟧</div>\n'
            "<nav>⟦m 首页⟧ ⟦l 交易信息⟧ ⟦l 政策法规⟧ ⟦l 办事指南⟧</nav>",
            '<div class="crumb">⟦m 首页 ＞ 政府采购 ＞ 中标公告⟧</div>\n'
            "<h2>{T}</h2>\n"
            '<p class="m">⟦m 信息时间：2025-08-26　阅读次数：118⟧</p>\n'
            "{BODY}\n"
            '<div class="att">⟦a 【打印】⟧ ⟦a 【关闭】⟧</div>',
            '<div class="kf"><p>⟦w CA办理及平台操作咨询：400-816-2209⟧</p><p>⟦l 交易日历⟧</p><p>⟦l 诚信公示⟧</p></div>',
            "<p>⟦m 潕溪县公共资源交易中心　地址：潕溪县政务服务中心四楼⟧</p><p>⟦m 赣ICP备19004412号-1⟧</p>",
        ),
        body="""
一、项目编号：WXCG-2025-0088
二、项目名称：潕溪县垃圾焚烧发电厂炉渣综合利用服务项目
三、中标信息
供应商名称　中标金额（元/吨）　服务期
潕溪县绿源建材有限公司　38.5　三年
四、公告期限：自本公告发布之日起1个工作日。
五、采购人联系方式：潕溪县城市管理局　联系人：邝先生　电话：0797-4320815
六、代理机构：潕溪县恒正招标代理有限公司　电话：0797-4331290
""",
    ),
    dict(
        slug="lawfirm-hengde-bnb-lease-risk-letter",
        site="恒德律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.hengdelaw.example.com/insights/2025/0915-bnb.html",
        title="关于民宿房屋租赁合同常见法律风险的提示函",
        record_title="关于民宿房屋租赁合同常见法律风险的提示函 | 恒德律所 · 观点",
        date="2025-09-15",
        notes="law-firm site: consultation prompt glued after a sentence and free-consult line between paragraphs; disclaimer; the letter's own 联系人/邮箱 kept",
        page="""
!m 恒德律师事务所　HENGDE LAW FIRM
!l 首页 / 关于我们 / 专业领域 / 律师团队 / 恒德观点 / 联系我们
{T}
!m 恒德观点　|　2025.09.15　|　作者：恒德文旅法律团队
{BODY}
!d 本文仅为一般性法律信息，不构成对任何具体事项的法律意见。
!l 分享至：微信　微博　领英
!w 预约律师：工作日 9:00—18:00　0739-5208866
!m © 2025 恒德律师事务所　保留所有权利
""",
        body="""
溇湾县民宿协会：
受贵会委托，我所对会员单位反映较多的民宿房屋租赁纠纷进行了梳理，现就常见法律风险提示如下。⟦w 遇到类似问题？欢迎拨打免费咨询热线⟧
一、出租人须有合法处分权。租赁农房前应核实宅基地使用权人身份，并由家庭成员共同签字。
⟦w 扫描右侧二维码，添加律师助理一对一咨询⟧
二、租期不得超过二十年。超过部分无效，约定“续租自动生效”的条款应审慎设计。
三、装修投入应约定归属。合同解除时装修残值如何补偿，须事先写明计算方法。
如需进一步沟通，请联系我所文旅法律团队，联系人：卢律师，邮箱：lu.team@hengdelaw.example.com。
恒德律师事务所
2025年9月15日
""",
    ),
    dict(
        slug="community-xiaoyuan-parking-notice-html",
        site="晓园社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiaoyuansq.example.cn/tzgg/show-1207.html",
        title="关于小区地面停车位重新划线及临时停车安排的通知",
        record_title=None,
        date="2025-05-12",
        notes="residents' site with a grid-worker box and a 便民电话 list; no record title; the notice's own 联系电话 kept; date under the signature",
        page=html_page(
            "通知公告 - 晓园社区居民委员会",
            '<div class="logo">⟦m 晓园社区居民委员会⟧ ⟦m 共建共治共享 美好家园⟧</div>\n'
            "<nav>⟦m 社区首页⟧ ⟦l 社区动态⟧ ⟦l 通知公告⟧ ⟦l 便民服务⟧ ⟦l 居民议事⟧</nav>",
            "<h3>{T}</h3>\n"
            '<p class="meta">⟦m 来源：居委会　发布于 2025年05月12日　浏览 327 次⟧</p>\n'
            "{BODY}\n"
            '<p>⟦a 【打印本文】⟧ ⟦a 【返回顶部】⟧</p>',
            '<div class="grid"><h4>⟦l 我的网格员⟧</h4><p>⟦m 第三网格　黎丽华　138 0739 5562⟧</p></div>\n'
            '<div class="bm"><h4>⟦l 便民电话⟧</h4><p>⟦m 物业服务中心 0739-5501122⟧</p><p>⟦m 社区警务室 0739-5503110⟧</p></div>',
            "<p>⟦m 地址：潆江县晓园路16号　⟧⟦m 技术支持：城邦网络⟧</p>",
        ),
        body="""
各位居民朋友：
为规范小区停车秩序，经业主委员会和物业服务企业商定，定于5月17日、18日对小区地面停车位重新划线。
施工期间，东区车辆请临时停放至小区北门外公共停车场，西区车辆请停放至晓园路临时停车带。
请于5月16日晚上10点前将车辆移出施工区域，未移出的车辆由物业工作人员电话通知挪车。
联系电话：0739-5508012（社区居委会）
晓园社区居民委员会
2025年5月12日
""",
    ),
    dict(
        slug="association-navel-orange-minutes-text",
        site="泷坪县脐橙产业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.lpqc.example.org.cn/xhdt/2025/1106/92.html",
        title="泷坪县脐橙产业协会三届五次理事会会议纪要",
        date="2025-11-06",
        record_date="2025-11-06",
        notes="association site: membership prompt; minutes with 时间/地点/主持/出席 lines; chrome 'join us' glued after a paragraph; document number (neutral) under the title",
        page="""
!m 泷坪县脐橙产业协会　|　会员之家
!m 协会动态
{T}
泷脐协纪〔2025〕6号
!m 发布人：秘书处　2025-11-06　阅读(204)
{BODY}
!a 【入会申请】【会员登录】【下载入会表】
!l 上一篇：关于举办第八届脐橙文化节的通知
!m 协会地址：泷坪县果都大道89号　邮编：341900
""",
        body="""
时间：2025年11月5日上午9:00
地点：协会会议室
主持：会长 朱永福
出席：理事十九人，监事二人
会议审议通过了2025年脐橙采摘上市时间的建议，确定11月15日为统一开采日，早采果一律不得冠用协会商标。⟦a 欢迎果农朋友加入协会 ⟧
会议同意吸收三家合作社为新会员。
会议要求各理事单位带头执行商品果分级标准，维护泷坪脐橙品牌声誉。
""",
    ),
]
