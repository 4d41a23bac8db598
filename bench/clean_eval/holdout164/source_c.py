"""holdout164, part C: Q&A communities, personal collections, Party-building sites, hospital
and university sites. Every document, site, county, person and URL is invented."""

CASES = [
    dict(
        slug="qa-wenshi-answer-pinecone-vote",
        site="问石问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenshi-qa.example.com/question/30718829",
        title="幼儿园手工课用的松果需要怎么处理才安全？",
        record_title=None,
        date=None,
        notes="no record title: the question is the title; answerer card, vote bar, 'answered 2天前' relative time (no date); follow and invite buttons",
        page="""
!m 问石问答 > 教育 > 幼儿教育
{T}
!a 关注问题　　写回答　　邀请回答
!m 3 个回答 · 被浏览 1,208 次
!m 松林里的园长　幼儿园园长　｜　回答于 2天前
{BODY}
!l 赞同 57　｜　反对　｜　12 条评论　｜　收藏　｜　举报
!l 查看全部 3 个回答
""",
        body="""
我们园每年秋天都带孩子捡松果做手工，处理方法分享一下。
第一步，用清水加少量盐浸泡半小时，把藏在鳞片里的小虫泡出来。
第二步，放进烤箱用一百度左右低温烘烤一个小时，既能杀虫，也能让松果充分张开。
第三步，检查有没有松脂外渗，有的话用酒精棉擦掉，避免粘在孩子手上。
另外提醒一句，太小的松果和掉落的鳞片要收好，小班孩子容易往嘴里放。
""",
    ),
    dict(
        slug="qa-zhidian-answer-juniper-html-expert",
        site="知点健康问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://ask.zhidian-health.example.com/q/881203.html",
        title="小区种的圆柏花粉季会引起过敏吗？",
        record_title="小区种的圆柏花粉季会引起过敏吗？-知点健康问答",
        date="2025-03-27",
        notes="health Q&A: expert card, 回答于 date (the page's date), a disclaimer 'not a diagnosis', related questions, booking ad box",
        page="""
<html><head><meta charset="utf-8"><title>小区种的圆柏花粉季会引起过敏吗？-知点健康问答</title></head><body>
<div class="hd">⟦m 知点健康问答⟧ ⟦l 问医生　查疾病　找医院⟧ ⟦a 免费提问⟧</div>
<div class="q"><h1>⟦t 小区种的圆柏花粉季会引起过敏吗？⟧</h1><p>⟦m 提问者：匿名用户　｜　浏览 3306⟧</p></div>
<div class="expert">⟦m 岳晓岚　主治医师　柳川市第二人民医院　变态反应科⟧</div>
<div class="answer">⟦m 回答于 2025-03-27⟧
{BODY}
</div>
<div class="tip">⟦d 以上回答仅供参考，不能作为诊断和治疗的依据，如有不适请及时就医。⟧</div>
<div class="ad">⟦a 在线问诊 ￥19起　立即咨询⟧</div>
<div class="rel"><h3>⟦l 相关问题⟧</h3><p>⟦l 春天一出门就打喷嚏是什么原因？⟧</p><p>⟦l 过敏性鼻炎能根治吗？⟧</p></div>
</body></html>
""",
        body="""
你好，根据你的描述，是有可能的。
圆柏属于柏科植物，早春三四月份散粉，花粉量大、颗粒小，能随风飘得很远，是北方春季常见的致敏花粉之一。
如果你每年这个时候都出现鼻痒、打喷嚏、流清涕、眼睛发痒，而且在小区里症状明显加重，建议到医院变态反应科做一下过敏原检测。
日常可以减少早晨和大风天外出，出门戴口罩和眼镜，回家后及时洗脸、冲洗鼻腔。
""",
    ),
    dict(
        slug="collection-dongli-essay-holly-chapter",
        site="东篱文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="essay",
        form="text",
        source="http://www.dongli-wenji.example.net/juan2/17.html",
        title="冬青树下的邮递员",
        record_title="《东篱文集》卷二·第17篇｜冬青树下的邮递员",
        date=None,
        notes="personal collection reader: chapter nav, font switch, previous/next chapter; an essay with no date (a 写于 line with only a year is neutral)",
        indent="　　",
        gap=True,
        page="""
!m 东篱文集　·　卷二　乡居杂记
!a 字体：宋体　楷体　｜　背景：护眼　夜间
!t 《东篱文集》卷二·第17篇｜冬青树下的邮递员
{BODY}
（写于2019年冬，2025年修改）
!l ← 上一篇：老井　｜　目录　｜　下一篇：晒谷场 →
!d 文集作者保留全部权利，转载请联系作者本人
""",
        body="""
我们镇邮电所门口有两棵冬青树，四季常绿，树下停着一辆墨绿色的自行车，那是老邮递员沈伯的车。
沈伯送信三十多年，镇上哪家几口人、谁家孩子在外地当兵，他都一清二楚。信多的时候，他把信按村分好，用麻绳捆着挂在车把上。
后来信越来越少，包裹越来越多，自行车换成了电动三轮车，可他每天出发前还是习惯在冬青树下站一会儿。
沈伯退休那天，邮电所的年轻人把那辆旧自行车擦得锃亮，停在冬青树下，拍了一张照片。
""",
    ),
    dict(
        slug="collection-shiyin-speech-boxwood-html",
        site="石隐书屋 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://shiyin-shuwu.example.org/works/chapter/0412.html",
        title="在黄杨木雕传习所开班仪式上的讲话",
        record_title="在黄杨木雕传习所开班仪式上的讲话 - 石隐书屋",
        date="2025-04-12",
        notes="a retired cultural official's collection: chapter list, speaker line and date under the title (neutral, date in Chinese numerals), reader's comment box",
        page="""
<html><head><meta charset="utf-8"><title>在黄杨木雕传习所开班仪式上的讲话 - 石隐书屋</title></head><body>
<div class="site">⟦m 石隐书屋　·　一位老文化干部的文稿⟧</div>
<div class="toc">⟦l 目录：卷一 文化杂谈　卷二 讲话选　卷三 书信⟧</div>
<h1>⟦t 在黄杨木雕传习所开班仪式上的讲话⟧</h1>
<p>县文化馆原馆长　石仲闻</p>
<p>（二〇二五年四月十二日）</p>
{BODY}
<div class="pager">⟦l 上一篇：在民间艺术节闭幕式上的致辞⟧　⟦l 下一篇：致青年手艺人的一封信⟧</div>
<div class="cmt">⟦l 读者留言（2）：写得实在，传承就是要手把手。⟧</div>
<div class="foot">⟦d 本站文章为作者原创，未经许可请勿转载⟧</div>
</body></html>
""",
        body="""
各位学员，各位师傅：
黄杨木生长缓慢，一寸木头要长好多年，所以老话说“千年难长黄杨木”。正因为木料金贵，黄杨木雕讲究因材施艺，一刀都不能浪费。
这次传习所招收了十六名学员，由三位老艺人手把手带教，学期两年。
我希望大家耐得住寂寞，先把磨刀、打坯这些基本功练扎实，再谈创新。
祝传习所越办越好！
""",
    ),
    dict(
        slug="dangjian-qinghe-speech-privet-html",
        site="青禾县机关党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://jgdj.qinghe.example.gov.cn/llxx/202505/t20250520_3301.html",
        title="在园林绿化中心党支部主题党日活动上的讲话",
        record_title="【支部风采】在园林绿化中心党支部主题党日活动上的讲话",
        date="2025-05-20",
        notes="Party-building portal: study-points box, column nav, speaker and date lines under the title (neutral), 来源/编辑 line, a study-platform link",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>在园林绿化中心党支部主题党日活动上的讲话-青禾县机关党建网</title></head><body>
<div class="head">⟦m 青禾县机关党建网⟧</div>
<div class="nav">⟦l 首页　党建要闻　理论学习　支部风采　党员风采　廉政建设⟧</div>
<div class="pos">⟦m 您的位置：首页 &gt; 支部风采⟧</div>
<h1>⟦t 在园林绿化中心党支部主题党日活动上的讲话⟧</h1>
<p>县机关工委副书记　程书蔓</p>
<p>（2025年5月20日）</p>
<div class="txt">
{BODY}
</div>
<div class="src">⟦m 来源：县园林绿化中心党支部　编辑：杜若⟧</div>
<div class="study">⟦a 登录学习平台，阅读本文可累计学习积分1分⟧</div>
<div class="foot">⟦m 中共青禾县直属机关工作委员会　主办⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们一起修剪了环城路两侧三公里的女贞绿篱，这是一次很有意义的主题党日活动。
修剪绿篱看似是小事，却关系到城市的颜值和行车视线。大家顶着太阳干了一上午，体现了党员的担当。
希望支部把这样的活动坚持下去，把“党员责任区”落实到每一段绿篱、每一棵树。
""",
    ),
    dict(
        slug="dangjian-guyuan-summary-horsetail-text",
        site="谷源镇党建在线 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.guyuan-town.example.cn/zbjs/2025/1230/771.html",
        title="中药材种植基地党支部2025年工作总结",
        record_title="中药材种植基地党支部2025年工作总结（精选）_谷源镇党建在线",
        date="2025-12-30",
        notes="township Party-building page: a '学习强国'-like prompt between paragraphs, 上一条/下一条, 来源 line; 成文日期 under signature",
        indent="　　",
        page="""
!m 谷源镇党建在线　>　基层组织建设
!t 中药材种植基地党支部2025年工作总结（精选）_谷源镇党建在线
!m 来源：谷源镇党委组织办　｜　时间：2025-12-31　｜　浏览：236
{BODY}
!l 上一条：镇机关第二党支部开展冬训学习
!l 下一条：谷源镇召开2025年度党建述职评议会
""",
        body="""
2025年，基地党支部团结带领党员和种植户，推动木贼等中药材产业稳步发展，全年实现销售收入六百八十万元。
一、抓班子带队伍。支部坚持每月召开支委会，全年发展党员一名，培养入党积极分子两名。
⟦a 学党史　悟思想——点击进入网上学习专区⟧
二、抓产业促增收。支部联系县中药材研究所，引进木贼规范化种植技术，示范种植二百亩，亩均增收九百元。
三、明年打算。计划新建初加工车间一处，实现木贼切段、干燥、包装一体化。
中共谷源镇中药材种植基地支部委员会
2025年12月30日
""",
        date_also=["2025-12-31"],
    ),
    dict(
        slug="hospital-yanhe-notice-daisy-html-booking",
        site="雁河市妇幼保健院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yhfybjy.example.com/news/notice/2025/0415/88.html",
        title="关于开展“小雏菊”儿童心理健康公益讲座的通知",
        record_title="【医院公告】关于开展“小雏菊”儿童心理健康公益讲座的通知",
        date="2025-04-15",
        notes="hospital site: floating booking box, 24-hour line and 预约挂号 next to the notice's own 咨询电话 (kept), lecture schedule table",
        page="""
<html><head><meta charset="utf-8"><title>关于开展“小雏菊”儿童心理健康公益讲座的通知_雁河市妇幼保健院</title></head><body>
<div class="top">⟦m 雁河市妇幼保健院　二级甲等妇幼保健机构⟧　⟦m 24小时服务热线：0355-7019120⟧</div>
<div class="menu">⟦l 医院概况　科室导航　专家介绍　就医指南　健康科普⟧</div>
<h2>⟦t 关于开展“小雏菊”儿童心理健康公益讲座的通知⟧</h2>
<div class="meta">⟦m 发布人：儿童保健部　阅读：742⟧</div>
{BODY}
<div class="float">⟦a 预约挂号⟧ ⟦a 报告查询⟧ ⟦a 在线咨询⟧</div>
<div class="foot">⟦m 地址：雁河市新华北路66号⟧　⟦m 晋ICP备12005317号⟧</div>
</body></html>
""",
        body="""
为帮助家长了解儿童情绪和行为发展特点，我院儿童保健部将于4月至6月开展“小雏菊”儿童心理健康公益讲座，欢迎家长报名参加。
讲座安排如下：
日期　主题　主讲人
4月26日　孩子发脾气怎么办　郝敏
5月24日　入园焦虑的应对　齐悦
6月21日　电子屏幕与睡眠　单文涛
讲座地点：门诊楼五楼健康教育室。每场限三十个家庭，请提前报名。
咨询电话：0355-7019235（儿童保健部，工作日8:00-17:00）。
雁河市妇幼保健院
2025年4月15日
""",
    ),
    dict(
        slug="hospital-tianping-news-marigold-text",
        site="天平县中医院 (invented)",
        style="医院官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.tpzyy.example.cn/yydt/2025/0919/1033.html",
        title="我院眼科走进万寿菊种植基地开展义诊",
        record_title="我院眼科走进万寿菊种植基地开展义诊-天平县中医院",
        date="2025-09-19",
        notes="hospital news page: department nav, 发布时间 line (the page's date), photo caption glued after a sentence, editor and reviewer line",
        page="""
!m 天平县中医院　|　医院动态
!l 首页　医院动态　科室介绍　专家风采　就诊须知
{T}
!m 发布时间：2025-09-19　文/图：眼科　罗婉
{BODY}
!m 初审：罗婉　复审：宣传科 霍文轩　终审：刘靖
!a 【返回顶部】　【关闭窗口】
""",
        body="""
9月18日，我院眼科医护人员走进县万寿菊种植基地，为正在采摘万寿菊的一百余名农户开展眼健康义诊。
采花季节日照强、风沙大，不少农户出现眼睛干涩、畏光等不适。义诊现场，医生为农户检查视力、测量眼压，并讲解预防紫外线损伤的知识。⟦m （图为医生为农户检查眼睛）⟧
此次义诊共筛查出白内障患者六人、翼状胬肉患者九人，医院已为他们开通复诊绿色通道。
""",
    ),
    dict(
        slug="university-lingnan-news-gladiolus-html",
        site="岭楠农林大学园艺学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://yyxy.lingnan-agri.example.edu.cn/info/1042/6618.htm",
        title="园艺学院唐菖蒲新品种通过省级鉴定",
        record_title="园艺学院唐菖蒲新品种通过省级鉴定-岭楠农林大学园艺学院",
        date="2025-11-26",
        notes="university sub-site: school nav, 作者/审核/发布时间 row, 点击数 script placeholder, 'close' and 'print' links, footer with address; a news lead",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>园艺学院唐菖蒲新品种通过省级鉴定-岭楠农林大学园艺学院</title>
<script>function _showDynClicks(){}</script></head><body>
<div class="logo">⟦m 岭楠农林大学园艺学院⟧</div>
<ul class="nav"><li>⟦l 学院概况⟧</li><li>⟦l 师资队伍⟧</li><li>⟦l 人才培养⟧</li><li>⟦l 科学研究⟧</li></ul>
<div class="path">⟦m 当前位置：首页 &gt;&gt; 学院新闻 &gt;&gt; 正文⟧</div>
<h1>⟦t 园艺学院唐菖蒲新品种通过省级鉴定⟧</h1>
<div class="info">⟦m 作者：花卉研究所　审核：吴一帆　发布时间：2025-11-26　点击数：⟧</div>
{BODY}
<div class="tools">⟦a 【打印此页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="foot">⟦m 地址：岭楠市农林路483号　邮编：525011⟧<br>⟦d 版权所有 © 岭楠农林大学园艺学院⟧</div>
</body></html>
""",
        body="""
11月24日，我院花卉研究所选育的唐菖蒲新品种“岭红一号”通过省级非主要农作物品种鉴定。
该品种花色鲜红、花序整齐，耐热性和抗枯萎病能力明显优于对照品种，适合南方夏季露地栽培。
项目负责人介绍，团队历时九年，先后开展杂交组合二百余个，筛选优株十七个，最终选育出该品种。
下一步，学院将与县花卉合作社合作建立种球繁育基地，推动新品种在生产中应用。
""",
    ),
    dict(
        slug="university-beichuan-speech-dahlia-text",
        site="北川师范学院 (invented)",
        style="高校官网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.bcnu.example.edu.cn/xxyw/2025/0923/9921.html",
        title="在2025级新生开学典礼上的讲话",
        record_title="在2025级新生开学典礼上的讲话",
        date="2025-09-13",
        notes="university speech page: speaker line and date under title (neutral); a later 发布时间 (the speech date expected, the page's date also accepted); a year in the title; bottom 'share to' bar",
        date_also=["2025-09-23"],
        page="""
!m 北川师范学院新闻网　>　学校要闻
{T}
!m 发布时间：2025-09-23　来源：党委宣传部　浏览量：5120
校长　欧阳明川
（2025年9月13日）
{BODY}
!l 分享到：　微信　QQ　微博
!m 北川师范学院党委宣传部　版权所有
""",
        body="""
亲爱的2025级新同学们：
欢迎你们来到北川师范学院！此刻，校园里的大丽花开得正好，红的、黄的、紫的，像你们一样朝气蓬勃。
大丽花是我们学校的校花，老校长当年从北方带来种球，在图书馆前种下了第一片。几十年来，一代代师生接力照料，才有了今天满园的花海。
希望同学们像大丽花一样扎根沃土，耐心积蓄力量，在四年里绽放属于自己的光彩。
祝大家学业进步、生活愉快！
""",
    ),
]
