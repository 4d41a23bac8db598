"""holdout92, part D: handmade bamboo paper (竹纸) mills and their people in invented 楮溪, 槽坊 and 漂塘.
Written by hand, case by case. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-chuxi-bamboo-paper-wrapped",
        site="纸上行走 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://zhishang.example.blog.cn/post/2025/03/caofang.html",
        title="在槽坊看一张竹纸怎样出生",
        record_title="在槽坊看一张竹纸怎样出生 - 纸上行走 - 博客",
        date="2025-03-22",
        notes="hard-wrapped at 62 columns, glued page markers ⊰n⊱ mixed; blog meta with bracketed time; tags and prev/next under the text",
        wrap=62,
        indent="　　",
        pages=dict(fmt="⊰{n}⊱", every=140, start=2, glue="mix"),
        page="""
!m 纸上行走的博客
!m 首页 | 博文目录 | 相册 | 关于
!t 在槽坊看一张竹纸怎样出生 - 纸上行走 - 博客
!m (2025-03-22 20:15:07)　[编辑][删除]
{BODY}
!l 标签：竹纸　非遗　楮溪　手艺
!l 前一篇：雨水节气去看茶山　　后一篇：漂塘的石板桥
!l 评论(6)　阅读(1021)　收藏(13)　转载(2)
""",
        body="""
春分后一天，我跟着朋友进了楮溪县槽坊村。村里还有五户人家做竹纸，最老的师傅姓甘，今年七十一岁。
做竹纸要七十二道工序。嫩竹砍下来，先在石灰塘里泡上三个月，再捞出来捶打成竹麻，放进纸槽里兑水搅匀。
甘师傅抄纸只用一个动作：竹帘往槽里一荡，一提，一张湿纸就贴在了帘上。我试了三次，抄出来的纸厚薄不匀，全成了废纸。
回程路上朋友说，一张纸要走完一年，我们只看了它的一个早上。
""",
    ),
    dict(
        slug="wechat-piaotang-bamboo-paper-recruit-html",
        site="公号阅读站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://read.gonghao.example.com/mp/piaotang/20250410.html",
        title="漂塘竹纸传习所招收2025年学徒啦",
        record_title="漂塘竹纸传习所招收2025年学徒啦",
        date="2025-04-10",
        notes="WeChat-style section/span mirror; account line with date; 在看/分享 bar; 长按识别二维码 prompt; the body's 扫码报名 sentence and 报名电话 kept",
        p_html='<section><p><span style="font-size:15px;">{}</span></p></section>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>漂塘竹纸传习所招收2025年学徒啦</title>
<script>var mid="2247485101";</script></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创　漂塘文旅　2025年04月10日 17:30　江西⟧</div>
<section>⟦w 点击蓝字 关注我们 ↑⟧</section>
{BODY}
<section>⟦a 长按识别下方二维码，关注漂塘文旅⟧</section>
<div class="tool">⟦l 阅读 2.1万　　分享　　在看 96　　赞 311⟧</div>
<div class="orig">⟦l 阅读原文⟧</div>
</div>
<div class="mirror-ft">⟦d 镜像页面仅供阅读，版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
漂塘竹纸传习所今年面向社会招收学徒八名，由省级传承人祁伯年亲自带教。
招收对象：十八至四十五周岁，热爱传统手工艺，能坚持学习两年以上。
学徒期间免收学费，提供食宿，每月发放生活补助一千五百元。
报名方式：扫描海报二维码填写报名表，或拨打报名电话0798-7721935。
""",
    ),
    dict(
        slug="docshare-caofang-bamboo-paper-plan-html",
        site="稿多多 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.gaoduoduo.example.com/d/30771528.html",
        title="槽坊村竹纸非遗工坊建设方案",
        record_title="槽坊村竹纸非遗工坊建设方案（精选）",
        date="2025-02-18",
        notes="document-sharing reader; upload info and download button; a table kept; decimal headings",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>槽坊村竹纸非遗工坊建设方案（精选）- 稿多多</title></head><body>
<nav class="top">⟦m 稿多多 · 文档共享平台⟧　⟦a 上传赚钱　登录⟧</nav>
<div class="doc-hd"><h1>{T}</h1>
<div class="doc-meta">⟦m 分享者：乡建工作室　｜　5页　｜　1.6千次阅读⟧</div>
<div class="doc-btn">⟦a 下载文档　　收藏　　分享⟧</div></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-end">⟦a — 以上为文档前5页预览，下载获取完整版 —⟧</div>
<aside>⟦l 相关推荐：非遗工坊申报书｜传统工艺振兴方案｜乡村文旅项目计划书⟧</aside>
<footer>⟦d 稿多多所有文档均由用户上传分享，如有侵权请点击“投诉”。⟧</footer>
</body></html>
""",
        body="""
1. 建设目标
1.1 修复槽坊村老纸坊三处，建成集生产、研学、展示于一体的竹纸非遗工坊。
1.2 带动二十户农户参与竹料种植和纸品加工。
2. 建设内容
项目　规模　投资（万元）
老纸坊修缮　三处　120
研学教室　300平方米　85
3. 进度安排
2025年6月前完成修缮，10月开门迎客。
槽坊村村民委员会
2025年2月18日
""",
    ),
    dict(
        slug="edu-chuxi-bamboo-paper-class-text",
        site="楮溪县教育体育局 (invented)",
        style="教育门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://jtj.chuxi.example.gov.cn/xxdt/2025/0515/2206.html",
        title="楮溪二中竹纸社团作品亮相全市中小学艺术展",
        date="2025-05-15",
        notes="education portal news: 信息来源/审核 line, font row; a school contact line in the nav chrome",
        page="""
!m 楮溪教育体育网
!m 首页 ▸ 学校动态
!a 【字体：小 中 大】【打印】【关闭】
{T}
!m 信息来源：楮溪二中　审核：教育股　发布日期：2025-05-15　阅读：688
{BODY}
!l 上一条：县教体局开展汛期校园安全检查
!l 下一条：楮溪实验小学举行春季田径运动会
!m 楮溪县教育体育局　版权所有　电话：0798-7710225
""",
        body="""
5月13日，全市中小学艺术展在市文化馆开幕，楮溪二中竹纸社团的二十件作品入选展出。
竹纸社团成立于2022年，每周二下午由槽坊村手艺人进校授课，学生从砍竹、沤料学起，自己抄纸、自己创作。
此次展出的作品包括竹纸灯笼、拓印书签和山水小品，吸引了不少观众驻足。
""",
    ),
    dict(
        slug="oa-piaotang-bamboo-paper-safety-html",
        site="漂塘纸业有限公司办公平台 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://10.8.1.20/oa/doc/view.do?id=6012",
        title="关于加强石灰沤料池安全管理的通知",
        record_title="内部资料-关于加强石灰沤料池安全管理的通知",
        date="2025-06-09",
        notes="intranet document view: 流转记录 and read counts; 印发 and 抄送 版记 kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公文查看 - 漂塘纸业办公平台</title></head><body>
<div class="oa-top">⟦m 漂塘纸业办公平台　当前用户：生产科 袁淼⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办(3)　已办　公文　通讯录⟧</div>
<div class="oa-bar">⟦a 打印　下载正文　转发　返回列表⟧</div>
<div class="doc">
<div class="docno">漂纸发〔2025〕9号</div>
<h2>{T}</h2>
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 安全科 拟稿 2025-06-09 → 总经理 签发 2025-06-09 → 各车间 已签收⟧</p></div>
<div class="read">⟦m 阅读情况：已读 27 ／ 应读 31⟧</div>
</body></html>
""",
        body="""
各车间、班组：
近期雨水增多，石灰沤料池周边湿滑，为防止人员滑倒落池，现就有关事项通知如下：
一、沤料池四周护栏高度不低于一点二米，破损处三日内修复。
二、捞料作业必须两人以上同时在场，穿戴防滑靴和防护手套。
三、夜间禁止单人进入沤料区。
漂塘纸业有限公司
2025年6月9日
抄送：公司安全生产委员会
漂塘纸业有限公司办公室　2025年6月9日印发
""",
    ),
    dict(
        slug="qa-caofang-bamboo-paper-mold-text",
        site="有问必答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.youwen.example.cn/question/51208.html",
        title="竹纸存放久了发黄生霉点怎么办？",
        record_title=None,
        date=None,
        notes="no record title: the question line; answer header with relative time (no date); other answers folded",
        page="""
!m 有问必答网 > 文化艺术 > 书法绘画
!t 竹纸存放久了发黄生霉点怎么办？
!m 3个回答 · 被浏览 4,112 次
!m 槽坊纸匠 · 传统造纸从业者 · 5天前
{BODY}
!l 赞同 87　　反对　　评论 12　　收起
!l 查看其余 2 个回答
!a 登录有问必答，提问更方便
""",
        body="""
发黄多是氧化，属于正常现象，不影响书写，没必要处理。
生霉点就要注意了，说明存放环境太潮。先把纸拿到阴凉通风处晾几天，别晒太阳；霉点轻的可以用软毛刷轻轻刷掉。
以后存放用樟木箱或者牛皮纸包好，放几包干燥剂，每年梅雨季过后翻晾一次。
""",
    ),
    dict(
        slug="collection-chuxi-bamboo-paper-preface-html",
        site="竹窗集 (invented)",
        style="个人文集",
        genre="序言",
        kind="essay",
        form="html",
        source="http://zhuchuangji.example.net/vol1/05.html",
        title="《楮溪纸事》序",
        record_title="《竹窗集》卷一·第5篇｜《楮溪纸事》序",
        date="2024-10-12",
        notes="personal collection chapter page: chapter nav, previous/next, visitor counter; the closing date with place",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>《竹窗集》卷一·第5篇｜《楮溪纸事》序</title></head><body>
<div class="bookhead">⟦m 竹窗集 · 甘雨田文存⟧</div>
<div class="toc">⟦l 卷一目录：1 山中纸坊　2 抄纸的手　3 石灰塘　4 纸的重量　5 《楮溪纸事》序⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pn">⟦l 〈 上一篇：纸的重量　｜　返回目录　｜　下一篇：卷二 〉⟧</div>
<div class="cnt">⟦m 本页访问 382 次⟧</div>
<div class="ft">⟦d 文存为作者私人整理，未经同意请勿转载。⟧</div>
</body></html>
""",
        body="""
楮溪人造纸，少说也有六百年。县志里记着，明代这里的竹纸曾经顺江而下，卖到江南的书坊。
《楮溪纸事》是几位老纸工口述、县文化馆整理的一本小书，记下了七十二道工序，也记下了纸工们的生计与悲欢。
我年轻时也在纸坊里做过两年帮工，知道这些纸来得有多不容易。是为序。
甘雨田
2024年10月12日于楮溪竹窗下
""",
    ),
    dict(
        slug="dangjian-piaotang-bamboo-paper-lecture-text",
        site="漂塘党建 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://dj.piaotang.example.gov.cn/dkjt/2025/0701/881.html",
        title="守住一张纸的初心——在竹纸产业党支部七一专题党课上的讲稿",
        record_title="【七一党课】守住一张纸的初心——在竹纸产业党支部七一专题党课上的讲稿",
        date="2025-07-01",
        notes="speaker line and date line under the title neutral; a study-app prompt between paragraphs",
        page="""
!m 漂塘党建网 ∣ 党课讲堂
!m 位置：首页 - 党课讲堂 - 基层党课
!t 【七一党课】守住一张纸的初心——在竹纸产业党支部七一专题党课上的讲稿
漂塘镇党委书记　柯文远
（2025年7月1日）
{BODY}
!m 责任编辑：苏岚
!a 分享到学习群　｜　打印本文
""",
        body="""
同志们：
今天是党的生日，我们在老纸坊里上这堂党课，就是要从一张竹纸里找初心。
漂塘竹纸能传到今天，靠的是一代代纸工不偷工、不减料，七十二道工序一道不少。
⟦a 📱 下载学习平台APP，本期党课音频同步上线⟧
我们党员干部做工作，也要像抄纸一样，一帘一帘抄，一张一张晒，把每件实事办扎实。
""",
    ),
    dict(
        slug="hospital-caofang-bamboo-paper-lime-burn-text",
        site="楮溪县中医院 (invented)",
        style="医院官网",
        genre="健康科普",
        kind="article",
        form="text",
        source="http://www.cxzyy.example.cn/kepu/2025/0520/302.html",
        title="石灰灼伤后怎么处理？皮肤科医生教您三步",
        record_title="石灰灼伤后怎么处理？皮肤科医生教您三步_楮溪县中医院",
        date="2025-05-20",
        notes="hospital page: booking row, 24-hour line, disclaimer; the clinic's own 咨询电话 kept",
        page="""
!m 楮溪县中医院 | 患者至上 医德为先
!a 预约挂号 ｜ 门诊排班 ｜ 检查报告查询
!m 急救电话：0798-7712120（24小时）
!m 首页 > 健康科普 > 皮肤科
!t 石灰灼伤后怎么处理？皮肤科医生教您三步_楮溪县中医院
!m 作者：皮肤科 邝敏　发布：2025-05-20
{BODY}
!d 温馨提示：本文为健康科普，具体诊疗请到医院就诊。
!m 医院地址：楮溪县人民路15号
""",
        body="""
槽坊、漂塘一带做竹纸的人家多，沤料用生石灰，不少纸工有过石灰灼伤的经历。
第一步，先用干布把皮肤上的石灰粉擦干净，不要直接用水冲，以免生石灰遇水放热加重损伤。
第二步，擦净后再用大量流动清水冲洗十五分钟以上。
第三步，创面较大或起水疱的，及时到医院皮肤科就诊。皮肤科咨询电话：0798-7712367。
""",
    ),
    dict(
        slug="university-chuxi-bamboo-paper-lab-html",
        site="楮溪学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.cxxy.example.edu.cn/info/1021/6637.htm",
        title="我校竹纸保护研究中心揭牌成立",
        record_title="我校竹纸保护研究中心揭牌成立-楮溪学院",
        date="2025-04-26",
        notes="university news: 作者/摄影/审核 lines, 点击 counter via script, quick links sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校竹纸保护研究中心揭牌成立-楮溪学院</title></head><body>
<div class="header">⟦m 楮溪学院　CHUXI UNIVERSITY⟧</div>
<div class="menu">⟦m 学校概况　院系设置　科学研究　招生就业　校园生活⟧</div>
<div class="loc">⟦m 当前位置: 首页 &gt;&gt; 学院新闻 &gt;&gt; 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 作者：宣传部 卓然　摄影：贺一帆　审核：戚红　发布时间：2025-04-26⟧　⟦m 点击：[1533]⟧</div>
{BODY}
<div class="quick"><h4>⟦l 快速通道⟧</h4><p>⟦l 信息门户　邮件系统　图书馆　教务系统⟧</p></div>
<div class="foot">⟦m 地址：楮溪市学院路1号　邮编：333500　赣ICP备12009987号⟧</div>
</body></html>
""",
        body="""
4月25日，我校竹纸保护研究中心揭牌成立。中心由化学与材料学院牵头，联合楮溪县文化馆和三家纸坊共建。
中心将围绕竹纸纤维检测、传统配方复原和古籍修复用纸开展研究，首批已有五项课题立项。
揭牌仪式后，与会人员参观了学院新建的竹纸工艺实验室。
""",
    ),
    dict(
        slug="localforum-piaotang-bamboo-paper-water-text",
        site="漂塘在线 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.piaotang.example.com/thread-33610-1-1.html",
        title="漂塘河下游河水发白，是不是纸坊排的石灰水？",
        record_title="漂塘河下游河水发白，是不是纸坊排的石灰水？ - 民生直通车 - 漂塘在线",
        date="2025-08-05",
        date_also=["2025-08-06"],
        notes="county forum: a post and the environment office's official reply with its date (expected), the forum post date also accepted; junk lines",
        junk=dict(lines=1, glued=1),
        page="""
!m 漂塘在线 » 民生直通车
!t 漂塘河下游河水发白，是不是纸坊排的石灰水？ - 民生直通车 - 漂塘在线
!m 楼主 河边住户　2025-8-4 19:22
!m 【官方回复】 回复时间：2025-8-6 09:40
{BODY}
!l 本帖已被版主设为“已回复”
!l 回复　　评分　　分享
!m 漂塘在线 ｜ 网络问政平台合作版块
""",
        body="""
网友您好！收到您反映的问题后，镇生态环境办公室于8月5日上午会同县环境监测站到现场调查。
经查，上游一家纸坊沤料池围堰因暴雨垮塌，部分石灰水流入河道，已责令其立即停产整改并修复围堰。
监测站采样结果显示，下游河水酸碱度已恢复正常。感谢您的监督！
漂塘镇生态环境办公室
2025年8月5日
""",
    ),
    dict(
        slug="download-caofang-bamboo-paper-standard-text",
        site="标准资料网 (invented)",
        style="资料下载站",
        genre="标准",
        kind="rules",
        form="text",
        source="http://www.bzziliao.example.com/down/view-20411.html",
        title="楮溪竹纸手工制作技术规范（征求意见稿）",
        record_title="楮溪竹纸手工制作技术规范（征求意见稿）.doc下载",
        date=None,
        notes="download station text page: file info and mirror rows; a placeholder date 20××年×月×日 is no date",
        page="""
!m 标准资料网 · 免费标准资料下载
!m 当前：首页 → 地方标准 → 轻工
!t 楮溪竹纸手工制作技术规范（征求意见稿）.doc下载
!m 文件大小：58KB　｜　语言：简体中文　｜　授权：免费　｜　更新：2025-07-30
{BODY}
!a ☞ 本地高速下载1　　☞ 本地高速下载2
!a 下载不了？联系站长修复
!d 本站所有资料仅供学习研究，请于下载后24小时内删除。
""",
        body="""
1 范围
本规范规定了楮溪竹纸手工制作的原料、工艺流程和质量要求。
2 原料
以当年生嫩毛竹为原料，砍伐时间宜在小满前后。
3 工艺流程
砍竹、断筒、沤料、捶打、打浆、抄纸、压榨、焙纸、整理。
4 质量要求
纸面洁净、厚薄均匀，无破洞、无明显竹筋。
本规范自20××年×月×日起实施。
""",
    ),
]
