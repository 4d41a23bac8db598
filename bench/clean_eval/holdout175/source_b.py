"""holdout175, part B: rolling pins (擀面杖). Every text, site, person and place invented."""

CASES = [
    dict(
        slug="dangjian-rollingpin-dumpling-speech-html",
        site="箖原先锋网 (invented Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.linyuanxf.gov.cn/zbfc/202501/t20250124_7712.html",
        title="在“擀面杖里的党课”暨社区包饺子敬老活动上的讲话",
        record_title="【支部活动】在“擀面杖里的党课”暨社区包饺子敬老活动上的讲话",
        date="2025-01-22",
        notes="Party-building site; date in Chinese numerals under speech title; speaker line neutral; 发布时间 byline differs",
        date_also=["2025-01-24"],
        page="""
<html><head><meta charset="utf-8"><title>【支部活动】在“擀面杖里的党课”暨社区包饺子敬老活动上的讲话-箖原先锋网</title></head><body>
<div class="dj-top">⟦m 箖原先锋网⟧<span>⟦m 中共箖原县委组织部主办⟧</span></div>
<div class="dj-nav">⟦m 首页　组织建设　党员教育　支部风采　先锋人物　学习园地⟧</div>
<div class="pos">⟦m 当前位置：首页＞支部风采＞活动掠影⟧</div>
<h1>{T}</h1>
<p class="sub">⟦m 发布时间：2025-01-24　信息来源：城东街道党工委　浏览量：903⟧</p>
<p class="date">（二〇二五年一月二十二日）</p>
<p class="spk">城东街道党工委书记　钱明远</p>
{BODY}
<div class="dj-tool">⟦a 【打印】【收藏】【关闭】⟧</div>
<div class="dj-rel"><h4>⟦l 相关阅读⟧</h4><p>⟦l 箖原县开展“党员进网格”志愿服务⟧</p><p>⟦l 银发党员讲传统 社区课堂受欢迎⟧</p></div>
<div class="dj-foot">⟦m 主办：中共箖原县委组织部　技术支持：箖原县融媒体中心⟧<br>⟦m 黔ICP备14002877号⟧</div>
</body></html>
""",
        body="""
同志们，老人家们：
今天，我们把党课搬进了社区食堂，一边擀皮、一边包饺子，一边听老党员讲过去的故事。
一根擀面杖，擀的是面皮，连的是人心。党员同志们要像擀面一样，有耐心、用巧劲，把群众的小事当作自己的大事来办。
今年，街道各支部要把敬老助老作为“我为群众办实事”的重点，每月至少开展一次上门服务。
祝老人家们新春快乐、身体健康！
""",
    ),
    dict(
        slug="community-rollingpin-noodle-contest",
        site="笪湖街道社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.dahujd.cn/sqdt/show-3391.html",
        title="关于举办“巧擀面”邻里手擀面大赛的通知",
        record_title="【社区公告】关于举办“巧擀面”邻里手擀面大赛的通知",
        date="2024-10-11",
        notes="community site saved as text; contact phone in doc next to property hotline; 发布 line",
        page="""
!m 笪湖街道社区网　共建共治共享
!m 首页 | 社区动态 | 便民服务 | 居民议事 | 志愿者之家
!m 位置：首页 → 社区动态 → 通知公告
{T}
!m 作者：桂香社区居委会　发布：2024-10-11　点击：447
{BODY}
!w 物业24小时服务电话：0851-85520088
!l 上一条：桂香社区秋季义诊安排
!l 下一条：关于清理楼道堆放物的温馨提示
!m 笪湖街道办事处 版权所有 ICP备案：黔ICP备17003306号
""",
        body="""
各位居民朋友：
为丰富社区文化生活，增进邻里感情，桂香社区定于10月19日上午9时在社区广场举办“巧擀面”邻里手擀面大赛。
比赛以家庭为单位报名，每户限一组，擀面杖、面粉和案板由社区统一提供，参赛家庭只需自带围裙。
评委将从面条粗细、口感和现场卫生三个方面评分，设一等奖一名、二等奖二名、三等奖三名。
报名截至10月17日，报名电话：0851-85524136（居委会岳大姐）。
桂香社区居民委员会
2024年10月11日
""",
    ),
    dict(
        slug="anthology-rollingpin-father-memoir",
        site="老陶文存 (invented personal collection)",
        style="个人文集",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://laotaowencun.net/juan2/034.htm",
        title="父亲的枣木擀面杖",
        record_title="《老陶文存》卷二·第34篇｜父亲的枣木擀面杖",
        date=None,
        notes="memoir; 写于 line with only a year is no date; chapter navigation; visitor counter",
        page="""
!m 老陶文存 · 卷二 · 旧物记
!l 目录　|　上一篇：母亲的针线笸箩　|　下一篇：院里那口老井
{T}
!m 字数：约700字　阅读：1583次
{BODY}
写于2019年冬
!l 返回卷二目录
!m 本站访问人次：00204715
!d 文章版权归作者所有，转载请联系作者本人
""",
        indent="　　",
        body="""
家里有一根枣木擀面杖，是父亲年轻时自己做的，用了四十多年，中间已经磨得比两头细了。
父亲是北方人，一辈子爱吃面。每到周末，他就把面团揉得光光的，擀面杖在案板上来回滚动，一张圆圆的面皮越擀越薄，能透出底下案板的木纹。
我小时候总想试试，可面皮到我手里不是破了洞，就是擀成了一块厚一块薄的“地图”。父亲也不恼，只说擀面要从中间往四周推，力气要匀。
父亲走后，这根擀面杖就挂在了我家厨房的墙上。我很少用它，却常常看它。
""",
    ),
    dict(
        slug="wechat-rollingpin-kitchen-safety-html",
        site="篙浦食安 (invented WeChat account) on a mirror site",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="html",
        source="https://mp.wxmirror.cn/s/gaopu-shian-20240813",
        title="木质擀面杖发霉了还能用吗？食安科普来了",
        date="2024-08-13",
        notes="WeChat mirror: account line, follow prompt glued, read-more and like bars, mirror disclaimer",
        page="""
<html><head><meta charset="utf-8"><title>木质擀面杖发霉了还能用吗？食安科普来了</title></head><body>
<div class="mirror-top">⟦d 本页面为公众号文章存档，版权归原作者所有⟧</div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 篙浦食安　2024-08-13 17:30　发表于篙浦⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="bar">⟦l 阅读 2316　在看 41　点赞 58⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“篙浦食安”⟧</div>
<div class="mirror-foot">⟦l 更多文章：夏季凉拌菜的三个误区 ｜ 冰箱不是保险箱⟧</div>
</body></html>
""",
        body="""
夏季高温潮湿，不少市民发现家里的木质擀面杖表面出现了黑点或绿毛，这是霉菌在生长。
县市场监管局食品安全科提醒：擀面杖一旦发霉，霉菌可能已渗入木材内部，仅靠表面清洗无法去除，建议直接更换。
平时使用后应及时洗净，竖放在通风处晾干，不要放在潮湿的抽屉里。⟦a 点击上方蓝字关注我们⟧
市民如发现市场上销售的木制厨具存在质量问题，可拨打12315反映。
""",
    ),
    dict(
        slug="docshare-rollingpin-canteen-rule-markers",
        site="享阅文档 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.xiangyuedoc.com/p-77102936.html",
        title="学校食堂面点间工用具清洗消毒制度",
        record_title="学校食堂面点间工用具清洗消毒制度.wps",
        date=None,
        notes="document share: page markers ⧼n⧽ glued to continuation lines; upload notice; rule with no date",
        pages=dict(fmt="⧼{n}⧽", every=70, start=2, glue=True),
        page="""
!m 享阅文档　|　分享知识 传递价值
{T}
!m 贡献者：后勤小刘　　大小：28KB　　下载次数：96
!a 立即下载　|　举报
{BODY}
!a 您还可以继续阅读，开通VIP免费下载本文档
!d 享阅文档仅提供存储服务，文档内容由上传用户负责
""",
        body="""
一、面点间的擀面杖、案板、刀具、模具等工用具实行专人负责，做到一用一洗、定位存放。
二、擀面杖每餐使用后用热水刷洗，去除残留面屑，每日收工后放入消毒柜消毒不少于三十分钟。
三、木质工用具出现开裂、发霉或表面起毛的，应立即停止使用并登记报废。
四、面点师傅上岗前应洗手消毒，戴好口罩和工作帽，不得用手直接接触成品。
五、食堂管理员每周检查一次工用具清洗消毒记录，检查情况纳入月度考核。
""",
    ),
    dict(
        slug="download-rollingpin-standard-html",
        site="标准资料站 (invented download station)",
        style="资料下载站",
        genre="标准说明",
        kind="report",
        form="html",
        source="http://www.bzziliao.net/soft/52310.html",
        title="《木制擀面杖》团体标准编制说明（征求意见稿）",
        record_title="《木制擀面杖》团体标准编制说明（征求意见稿）.pdf下载",
        title_in="decorated",
        date=None,
        notes="old download station: file-info table, mirror links, dead-link report; explanatory note, no date",
        page="""
<html><head><meta charset="gb2312"><title>《木制擀面杖》团体标准编制说明（征求意见稿）.pdf下载 - 标准资料站</title></head><body>
<table width="960"><tr><td>⟦m 标准资料站⟧</td><td>⟦m www.bzziliao.net⟧</td></tr></table>
<div class="dh">⟦m 首页 | 国家标准 | 行业标准 | 团体标准 | 资料专题⟧</div>
<table class="softinfo">
<tr><td>⟦m 资料大小：1.2 MB⟧</td><td>⟦m 资料格式：PDF⟧</td></tr>
<tr><td>⟦m 更新时间：2024-12-30⟧</td><td>⟦m 下载次数：318⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="intro">
{BODY}
</div>
<div class="down"><p>⟦a 下载地址一：电信高速下载⟧</p><p>⟦a 下载地址二：联通高速下载⟧</p><p>⟦a 下载地址三：本地下载⟧</p></div>
<div class="bad">⟦a 链接失效？点此报告死链⟧</div>
<div class="copy">⟦d 本站资料均来自网络，仅供学习研究，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
一、任务来源
本标准由箐阳市木制品行业协会提出并归口，起草单位包括三家擀面杖生产企业和箐阳市产品质量检验所。
二、编制原则
标准坚持安全卫生优先，重点规定木材种类、含水率、表面涂饰和甲醛迁移量等要求，禁止在与食品接触的部位使用有色涂料。
三、主要技术内容
标准规定了木制擀面杖的分类、要求、试验方法、检验规则和标志包装，其中含水率不超过12%，直径允许偏差为正负0.5毫米。
四、征求意见情况
起草组将在征求意见期内广泛听取生产企业、检验机构和消费者的意见，并据此修改完善。
""",
    ),
    dict(
        slug="baike-rollingpin-entry",
        site="知物百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://baike.zhiwu.cn/item/擀面杖/10233",
        title="擀面杖",
        record_title="擀面杖_知物百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue, reference list chrome; no date",
        page="""
!m 知物百科　|　让知识更有温度
!a 编辑　|　讨论　|　上传视频
{T}
!m 本词条由“厨具研究小组”参与编辑并审核
!l 目录　1 简介　2 种类　3 保养
{BODY}
!m 词条统计：浏览次数 40211　编辑次数 17次
!m 最近更新：匿名用户（5天前）
!d 知物百科内容仅供参考，不构成专业意见
""",
        body="""
擀面杖是一种用来压制面条、面皮的工具，多为木制，呈圆柱形，是中国北方家庭厨房中的常见用具。
按形状分，擀面杖有直棍形、两头细中间粗的橄榄形和带把手的滚筒形，分别适合擀面条、擀饺子皮和擀大张面饼。
按材质分，常见的有枣木、榉木、檀木擀面杖，也有不锈钢和硅胶制品。
木质擀面杖用后应及时清洗晾干，避免长时间浸泡，以防开裂和发霉。
""",
    ),
    dict(
        slug="snapshot-rollingpin-ban-notice-html",
        site="search snapshot of 篙浦区教育局 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousuo.example.cn/c?u=gpedu.gov.cn/tzgg/2024/1106.html",
        title="关于学校劳动教育面点课工具采购和使用安全的通知",
        record_title="关于学校劳动教育面点课工具采购和使用安全的通知 - 网页快照",
        date="2024-11-06",
        notes="snapshot frame with banner and highlight legend; document date under signature; crawl stamp not a date",
        page="""
<html><head><meta charset="utf-8"><title>关于学校劳动教育面点课工具采购和使用安全的通知 - 网页快照</title></head><body>
<div class="snap-head">⟦d 这是 gpedu.gov.cn/tzgg/2024/1106.html 的快照，是该网页在 2025年2月3日 的存档版本⟧<br>⟦a 查看当前页面⟧ ⟦m 以下关键词已高亮：擀面杖 劳动教育⟧</div>
<div class="orig">
<div class="hd">⟦m 篙浦区教育局⟧ ⟦m 首页 | 教育动态 | 通知公告 | 办事指南⟧</div>
<h3>{T}</h3>
<p class="src">⟦m 发布者：区教育局基础教育科　阅读：205⟧</p>
{BODY}
<div class="foot">⟦m 篙浦区教育局主办　苏ICP备13030512号⟧</div>
</div>
</body></html>
""",
        body="""
各中小学校：
为规范劳动教育面点课的开展，现就工具采购和使用安全有关事项通知如下。
一、各校采购擀面杖、案板、蒸笼等面点课工具，应选择有合格证明的产品，木质工具不得有涂漆。
二、面点课应由教师全程在场指导，擀面杖等工具使用后统一清洗、收回，严禁学生在课堂上嬉戏打闹。
三、各校要建立劳动教育工具台账，每学期检查一次，损坏的及时更换。
篙浦区教育局
2024年11月6日
""",
    ),
    dict(
        slug="association-rollingpin-craft-proposal",
        site="箐阳市木制品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="proposal",
        form="text",
        source="http://www.qymzpxh.org.cn/xhdt/2024/0915.html",
        title="关于木制厨具企业诚信经营的倡议书",
        record_title="【协会倡议】关于木制厨具企业诚信经营的倡议书_箐阳市木制品行业协会",
        date="2024-09-15",
        notes="association site as text; 会员服务 line; numbered list; date under signature",
        page="""
!m 箐阳市木制品行业协会
!m 协会首页 ｜ 协会概况 ｜ 会员风采 ｜ 行业资讯 ｜ 政策法规 ｜ 入会申请
!m 您的位置：协会首页 » 行业资讯 » 协会动态
{T}
!m 时间：2024-09-15 16:20　　来源：协会秘书处
{BODY}
!w 会员服务专线：0831-2266170　入会咨询请致电秘书处
!l 【返回列表】　【打印本页】
!m Copyright 2024 箐阳市木制品行业协会 蜀ICP备20011873号
""",
        body="""
全市木制厨具生产经营企业：
近年来，我市擀面杖、砧板、木勺等木制厨具产业快速发展，已成为全国重要的产销基地。但个别企业以次充好、虚标材质，损害了箐阳木制品的整体声誉。为此，协会向全体会员企业发出如下倡议：
1.如实标注木材种类，不以杂木冒充枣木、檀木。
2.严格控制涂饰和胶黏剂使用，确保食品接触部位安全。
3.主动接受消费者和社会监督，建立质量追溯档案。
让我们携手维护行业信誉，共同擦亮箐阳木制品这块牌子。
箐阳市木制品行业协会
2024年9月15日
""",
    ),
    dict(
        slug="tender-rollingpin-canteen-result-html",
        site="篙浦区公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.gaopu.gov.cn/jyxx/zfcg/zbgg/2025/0303_12.html",
        title="篙浦区中小学食堂面点工用具采购项目中标结果公告",
        record_date="2025-03-03",
        date="2025-03-03",
        notes="procurement portal: record gives date; tender result table rows; purchaser and agency contacts beside CA hotline",
        page="""
<html><head><meta charset="utf-8"><title>篙浦区中小学食堂面点工用具采购项目中标结果公告</title></head><body>
<div class="jy-top">⟦m 篙浦区公共资源交易网⟧ ⟦a 用户登录 | 免费注册 | CA证书办理⟧</div>
<div class="jy-nav">⟦m 首页 交易信息 政策法规 服务指南 诚信体系⟧</div>
<div class="jy-loc">⟦m 首页 > 交易信息 > 政府采购 > 结果公告⟧</div>
<h2>{T}</h2>
<div class="jy-info">⟦m 信息时间：2025-03-03　阅读次数：77⟧</div>
{BODY}
<div class="jy-ca">⟦w CA锁办理及技术支持热线：400-911-7265⟧</div>
<div class="jy-foot">⟦m 篙浦区公共资源交易中心 主办⟧ ⟦d 网站内容仅供参考，以纸质文件为准⟧</div>
</body></html>
""",
        body="""
一、项目编号：GPCG-2025-0117
二、项目名称：篙浦区中小学食堂面点工用具采购项目
三、中标信息
包号　中标供应商　中标金额（元）
1　箐阳市良工厨具有限公司　186400.00
2　篙浦区安康餐饮设备经营部　92750.00
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式：采购人篙浦区教育局，联系人：严老师，电话：0512-66320714；代理机构篙浦正衡招标代理有限公司，联系人：葛工，电话：0512-66381902。
""",
    ),
    dict(
        slug="fanwenapp-rollingpin-labour-lesson-insight",
        site="范文宝 App (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://m.fanwenbao.cn/app/article/661902",
        title="劳动教育面点课教学心得",
        record_title="劳动教育面点课教学心得（可编辑）｜范文宝",
        date=None,
        notes="app share page: open-app prompt inside body on its own line, member prompt, no date (relative time only)",
        page="""
!m 范文宝
!a 打开App，阅读体验更佳
{T}
!m 范文宝精选　·　12分钟前更新　·　3.1万人看过
{BODY}
!a 开通会员，免费复制全文
!l 猜你喜欢：劳动教育课程实施方案　小学劳动课教案合集
!m 范文宝 m.fanwenbao.cn
""",
        body="""
本学期，我承担了五年级劳动教育面点课的教学任务，和孩子们一起学会了擀饺子皮、包饺子和蒸馒头。
第一节课，孩子们拿着擀面杖不知所措，有的把面皮擀破，有的擀成了长条。我没有急着纠正，而是让他们先观察我擀皮时手腕的动作。
⟦a 打开App查看剩余60%内容⟧
几节课下来，我体会到劳动教育不能只讲道理，而要让孩子们真正动手、出错、再改进。
今后我将把面点课和家庭劳动结合起来，让孩子们把课堂上学到的本领带回家。
""",
    ),
]
